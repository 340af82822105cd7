import "server-only";
import { sql } from "drizzle-orm";
import { amplifyWindow, type AmplifyCounts } from "../activities/amplify-rules";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";

/**
 * Peers and students of a user's AMPLIFY submissions (in the given statuses, other than
 * `excludeId`) whose sessionDate lies in the window of `sessionDate` (amplifyWindow): the
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
): Promise<AmplifyCounts> {
  const span = amplifyWindow(options.sessionDate);
  const statuses = sql.join(
    options.statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const [row] = await queryRows<AmplifyCounts>(
    tx,
    sql`SELECT coalesce(sum((payload ->> 'peersTrained')::int), 0)::int AS peers,
               coalesce(sum((payload ->> 'studentsTrained')::int), 0)::int AS students
          FROM submissions
         WHERE user_id = ${options.userId}
           AND activity_code = 'AMPLIFY'
           AND status::text IN (${statuses})
           AND id <> ${options.excludeId ?? ""}
           AND (payload ->> 'sessionDate')::date BETWEEN ${span.from}::date AND ${span.to}::date`,
  );
  return { peers: row?.peers ?? 0, students: row?.students ?? 0 };
}
