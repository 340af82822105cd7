import "server-only";
import { sql } from "drizzle-orm";
import { onDatabase } from "../db/on-database";
import { queryRows } from "../db/query-rows";

export interface PublicVersions {
  /** Advances with every write that changes public data (leaderboard_changes). */
  changes: number;
  /** The change counter the leaderboards were last refreshed at. */
  refreshed: number;
  /** How many refreshes have run, scheduled ones included (they slide the time windows). */
  refreshCount: number;
}

/**
 * The counters that say whether public data changed, in one trivial query outside
 * any transaction (as cheap as the health check's ping). A read: retried once if the
 * connection drops.
 */
export async function readPublicVersions(): Promise<PublicVersions> {
  const [row] = await onDatabase(
    (db) =>
      queryRows<{ changes: string; refreshed: string; refreshCount: number }>(
        db,
        sql`SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM leaderboard_changes)::text AS changes,
               (SELECT refreshed_version FROM leaderboard_refreshes WHERE id = 1)::text AS refreshed,
               (SELECT refresh_count FROM leaderboard_refreshes WHERE id = 1) AS "refreshCount"`,
      ),
    { readOnly: true },
  );
  return {
    changes: Number(row?.changes ?? 0),
    refreshed: Number(row?.refreshed ?? 0),
    refreshCount: row?.refreshCount ?? 0,
  };
}
