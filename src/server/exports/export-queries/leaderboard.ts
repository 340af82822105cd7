import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { isoTime, toBatch } from "./keyset";

interface Row {
  user_id: string;
  rank: number;
  handle: string;
  name: string;
  school: string | null;
  cohort: string | null;
  total_points: number;
  public_submissions: number;
  last_activity_at: string | Date;
}

/** The public leaderboard as last refreshed, all time or the last 30 days. */
export const leaderboardExport: ExportSource = {
  columns: [
    "rank",
    "handle",
    "name",
    "school",
    "cohort",
    "points",
    "public_submissions",
    "last_activity",
  ],
  async readBatch(tx, { filters, after, limit }) {
    const view = filters.period === "30d" ? sql`leaderboard_30d` : sql`leaderboard_totals`;
    const rows = await queryRows<Row>(
      tx,
      sql`SELECT user_id, rank, handle, name, school, cohort, total_points, public_submissions,
          last_activity_at
        FROM ${view}
        WHERE true
          ${filters.cohort ? sql`AND cohort = ${filters.cohort}` : sql``}
          ${after ? sql`AND (rank, user_id) > (${Number(after[0])}, ${after[1]})` : sql``}
        ORDER BY rank, user_id
        LIMIT ${limit}`,
    );
    return toBatch(
      rows.map((r) => ({
        sortKey: String(r.rank),
        id: r.user_id,
        cells: [
          r.rank,
          r.handle,
          r.name,
          r.school,
          r.cohort,
          r.total_points,
          r.public_submissions,
          isoTime(r.last_activity_at),
        ],
      })),
      limit,
    );
  },
};
