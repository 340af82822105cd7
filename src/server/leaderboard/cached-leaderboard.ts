import "server-only";
import { asc, isNotNull } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { leaderboardTotals } from "./leaderboard-views";
import { versionedCache } from "../cache/versioned-cache";
import { readPublicVersions } from "../cache/read-public-versions";
import {
  leaderboardQuery,
  listLeaderboard,
  type LeaderboardPage,
  type LeaderboardQuery,
} from "./list-leaderboard";

const pages = versionedCache<LeaderboardPage>();

/**
 * listLeaderboard for the public API and pages: a page only changes when the views are
 * refreshed, so it is computed once per refresh and served from memory until the next.
 */
export async function getLeaderboardPage(rawQuery: LeaderboardQuery): Promise<LeaderboardPage> {
  const query = leaderboardQuery.parse(rawQuery);
  const { refreshed } = await readPublicVersions();
  const key = JSON.stringify([
    query.period,
    query.limit,
    query.offset,
    query.q ?? "",
    query.cohort ?? "",
  ]);
  return pages.get(key, String(refreshed), () => listLeaderboard(query));
}

const cohortLists = versionedCache<string[]>(1);

/** The cohorts on the all-time leaderboard, for the filter; recomputed once per refresh. */
export async function getLeaderboardCohorts(): Promise<string[]> {
  const { refreshed } = await readPublicVersions();
  return cohortLists.get("cohorts", String(refreshed), () =>
    asVisitor(
      async (tx) => {
        const rows = await tx
          .selectDistinct({ cohort: leaderboardTotals.cohort })
          .from(leaderboardTotals)
          .where(isNotNull(leaderboardTotals.cohort))
          .orderBy(asc(leaderboardTotals.cohort));
        return rows.map((row) => row.cohort!);
      },
      { readOnly: true },
    ),
  );
}
