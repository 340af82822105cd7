import "server-only";
import { sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import { logError } from "../log";
import { refreshLeaderboards } from "./refresh-leaderboards";

/** Quiet time after the last change before refreshing (the debounce). */
export const QUIET_MS = 2_000;
/** A refresh happens at most this long after the first unrefreshed change, even under a steady stream of writes. */
export const MAX_WAIT_MS = 10_000;
/** The 30-day window slides: refresh at least this often. */
export const SCHEDULE_MS = 5 * 60_000;

/**
 * Decides, tick by tick, when to refresh (docs/product.md §8): a few seconds after writes stop,
 * never later than MAX_WAIT_MS behind a stream of writes, and on a schedule. It only
 * observes the change counter in PostgreSQL; refreshLeaderboards itself makes sure that
 * one instance refreshes and the others skip, so instances never pile up refreshes.
 */
export class LeaderboardRefresher {
  private lastSeenVersion = -1;
  private lastChangeAt = 0;
  private firstPendingAt: number | null = null;
  private lastRefreshAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** One tick: returns true when it refreshed. */
  async tick(): Promise<boolean> {
    const now = this.now();
    const { version, refreshedVersion } = await readVersions();
    if (version !== this.lastSeenVersion) {
      this.lastSeenVersion = version;
      this.lastChangeAt = now;
    }
    const pending = version > refreshedVersion;
    if (!pending) this.firstPendingAt = null;
    else this.firstPendingAt ??= now;
    const quiet = pending && now - this.lastChangeAt >= QUIET_MS;
    const overdue = this.firstPendingAt !== null && now - this.firstPendingAt >= MAX_WAIT_MS;
    const scheduled = now - this.lastRefreshAt >= SCHEDULE_MS;
    if (!quiet && !overdue && !scheduled) return false;
    const outcome = await refreshLeaderboards({ force: scheduled && !pending });
    if (outcome.refreshed || outcome.skipped === "current") {
      this.lastRefreshAt = now;
      this.firstPendingAt = null;
    }
    return outcome.refreshed;
  }

  /** Ticks every second until stopped; errors are logged, never thrown. */
  start(intervalMs = 1_000): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.tick()
        .catch((error: unknown) => logError("leaderboard.refresh", error))
        .finally(() => {
          running = false;
        });
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}

async function readVersions(): Promise<{ version: number; refreshedVersion: number }> {
  const [row] = await privileged(
    { system: "leaderboard-refresh" },
    (tx) =>
      queryRows<{ version: string; refreshed: string }>(
        tx,
        sql`SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM leaderboard_changes)::text AS version,
                 (SELECT refreshed_version FROM leaderboard_refreshes WHERE id = 1)::text AS refreshed`,
      ),
    { readOnly: true },
  );
  return { version: Number(row?.version ?? 0), refreshedVersion: Number(row?.refreshed ?? 0) };
}
