import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "../db/get-database";
import { queryRows } from "../db/query-rows";

export interface PublicVersions {
  /** Advances with every write that changes public data (leaderboard_changes). */
  changes: number;
  /** The change counter the leaderboards were last refreshed at. */
  refreshed: number;
}

/**
 * The two counters that say whether public data changed, in one trivial query outside
 * any transaction (as cheap as the health check's ping).
 */
export async function readPublicVersions(): Promise<PublicVersions> {
  const database = await getDatabase();
  const [row] = await queryRows<{ changes: string; refreshed: string }>(
    database,
    sql`SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM leaderboard_changes)::text AS changes,
               (SELECT refreshed_version FROM leaderboard_refreshes WHERE id = 1)::text AS refreshed`,
  );
  return { changes: Number(row?.changes ?? 0), refreshed: Number(row?.refreshed ?? 0) };
}
