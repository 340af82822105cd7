import "server-only";
import { readPublicVersions } from "../cache/read-public-versions";
import { versionedCache } from "../cache/versioned-cache";
import { getProgrammeMetrics, type ProgrammeMetrics } from "./get-programme-metrics";

const snapshots = versionedCache<ProgrammeMetrics>(1);

/**
 * getProgrammeMetrics for the home page, /metrics and the API: computed once per leaderboard
 * refresh (a few seconds after public writes, and at least every five minutes) and served
 * from memory until the next. Keyed by the refresh in PostgreSQL, never by a local clock, so
 * every page and every instance shows the same numbers and a quiet spell cannot leave old
 * ones behind (docs/decisions/012-programme-metrics-per-refresh.md).
 */
export async function getCachedProgrammeMetrics(): Promise<ProgrammeMetrics> {
  const { refreshed, refreshCount } = await readPublicVersions();
  return snapshots.get("programme", `${refreshed}:${refreshCount}`, getProgrammeMetrics);
}
