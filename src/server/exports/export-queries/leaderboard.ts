import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { toBatch } from "./keyset";

const columns = [
  "rank",
  "handle",
  "name",
  "school",
  "cohort",
  "points",
  "public_submissions",
  "last_activity",
];

/** The public leaderboard as last refreshed, all time or the last 30 days. */
export const leaderboardExport: ExportSource = {
  columns,
  async readBatch(tx, { filters, after, limit }) {
    const view = filters.period === "30d" ? sql`leaderboard_30d` : sql`leaderboard_totals`;
    const rows = await queryRows<Record<string, unknown> & { rank: number; user_id: string }>(
      tx,
      sql`SELECT user_id, rank, handle, name, school, cohort, total_points AS points,
          public_submissions, last_activity_at AS last_activity
        FROM ${view}
        WHERE true
          ${filters.cohort ? sql`AND cohort = ${filters.cohort}` : sql``}
          ${after ? sql`AND (rank, user_id) > (${Number(after[0])}, ${after[1]})` : sql``}
        ORDER BY rank, user_id
        LIMIT ${limit}`,
    );
    return toBatch(rows, {
      columns,
      limit,
      cursorOf: (row) => [String(row.rank), row.user_id],
    });
  },
};
