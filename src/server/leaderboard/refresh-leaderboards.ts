import "server-only";
import { eq, sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import { leaderboard_refreshes } from "../db/schema";

export interface RefreshOutcome {
  refreshed: boolean;
  /** Why nothing was done: another instance is refreshing, or nothing changed. */
  skipped?: "busy" | "current";
  durationMs?: number;
  version: number;
}

/**
 * Refreshes both leaderboards (refresh_leaderboards(), CONCURRENTLY) when something
 * changed since the last refresh, or always with `force` (the schedule that slides the
 * 30-day window). One app instance at a time: the others see "busy" and move on.
 */
export async function refreshLeaderboards(
  options: { force?: boolean } = {},
): Promise<RefreshOutcome> {
  return privileged({ system: "leaderboard-refresh" }, async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext('leaps.leaderboard-refresher')) AS locked`,
    );
    const [state] = await tx
      .select()
      .from(leaderboard_refreshes)
      .where(eq(leaderboard_refreshes.id, 1));
    const [sequence] = await queryRows<{ version: string }>(
      tx,
      sql`SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS version FROM leaderboard_changes`,
    );
    const version = Number(sequence?.version ?? 0);
    if (!lock?.locked) return { refreshed: false, skipped: "busy", version };
    if (!options.force && state && state.refreshed_version >= version)
      return { refreshed: false, skipped: "current", version };
    const started = performance.now();
    await tx.execute(sql`SELECT refresh_leaderboards()`);
    const durationMs = Math.round(performance.now() - started);
    await tx
      .update(leaderboard_refreshes)
      .set({
        refreshed_version: version,
        refreshed_at: sql`now()`,
        refresh_count: sql`${leaderboard_refreshes.refresh_count} + 1`,
        last_duration_ms: durationMs,
      })
      .where(eq(leaderboard_refreshes.id, 1));
    return { refreshed: true, durationMs, version };
  });
}
