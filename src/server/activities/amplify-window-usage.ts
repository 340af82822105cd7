import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";

export const AMPLIFY_WINDOW_DAYS = 6;

/**
 * Peers and students of a user's AMPLIFY submissions (in the given statuses, other than
 * `excludeId`) whose sessionDate lies within 6 days of `sessionDate` (d−6 … d+6): the
 * rolling-window rule of docs/product.md §3, at submission (PENDING + APPROVED) and at approval
 * (APPROVED).
 */
export async function amplifyWindowUsage(
  tx: Tx,
  options: {
    userId: string;
    sessionDate: string;
    statuses: ("PENDING" | "APPROVED")[];
    excludeId?: string;
  },
): Promise<{ peers: number; students: number }> {
  const statuses = sql.join(
    options.statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const [row] = await queryRows<{ peers: number; students: number }>(
    tx,
    sql`SELECT coalesce(sum((payload ->> 'peersTrained')::int), 0)::int AS peers,
               coalesce(sum((payload ->> 'studentsTrained')::int), 0)::int AS students
          FROM submissions
         WHERE user_id = ${options.userId}
           AND activity_code = 'AMPLIFY'
           AND status::text IN (${statuses})
           AND id <> ${options.excludeId ?? ""}
           AND (payload ->> 'sessionDate')::date BETWEEN ${options.sessionDate}::date - ${AMPLIFY_WINDOW_DAYS}::int
                                                    AND ${options.sessionDate}::date + ${AMPLIFY_WINDOW_DAYS}::int`,
  );
  return { peers: row?.peers ?? 0, students: row?.students ?? 0 };
}
