import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { activities, submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";

/**
 * PENDING submissions per activity, all five listed (zeros included), as the caller
 * may see them under RLS: a reviewer counts everyone's, anyone else only their own.
 */
export async function countPendingSubmissions(
  user: UserRow,
): Promise<{ activity: string; pending: number }[]> {
  const rows = await withUser(dbSession(user), (tx) =>
    tx
      .select({ activity: activities.code, pending: count(submissions.id) })
      .from(activities)
      .leftJoin(
        submissions,
        sql`${submissions.activity_code} = ${activities.code} AND ${eq(submissions.status, "PENDING")}`,
      )
      .groupBy(activities.code)
      .orderBy(
        asc(
          sql`array_position(ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'], ${activities.code})`,
        ),
      ),
  );
  return rows.map((row) => ({ activity: row.activity, pending: Number(row.pending) }));
}
