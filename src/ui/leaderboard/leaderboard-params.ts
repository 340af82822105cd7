import type { Period } from "@/server/leaderboard/leaderboard-views";
import { leaderboardQuery } from "@/server/leaderboard/list-leaderboard";
import { listHref } from "@/ui/lists/list-href";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";

export const PAGE_SIZE = 20;

/** What a /leaderboard URL asks for; every field survives a copied link. */
export interface LeaderboardParams {
  period: Period;
  q?: string;
  cohort?: string;
  page: number;
}

/** The filters the leaderboard API takes, read forgivingly from the page's URL. */
const leaderboardPageQuery = listPageQuery(leaderboardQuery, ["period", "q", "cohort"], PAGE_SIZE);

/**
 * The page's query string, forgiving: an unknown period is the all-time board, a page
 * that is not a positive whole number is the first, and text the leaderboard query
 * would refuse is left out, so a hand-edited URL still shows a page, never an error.
 */
export function parseLeaderboardParams(
  searchParams: Record<string, string | string[] | undefined>,
): LeaderboardParams {
  const { period, q, cohort, page } = parseListPageQuery(leaderboardPageQuery, searchParams);
  return { period: period ?? "all", q, cohort, page };
}

/** A /leaderboard link; defaults are left out so URLs stay short. */
export function leaderboardHref({ period, q, cohort, page }: Partial<LeaderboardParams>): string {
  return listHref(
    "/leaderboard",
    { period: period === "all" ? undefined : period, q, cohort },
    page,
  );
}

/** The page of the unfiltered board on which a rank starts. */
export function pageOfRank(rank: number): number {
  return Math.floor((rank - 1) / PAGE_SIZE) + 1;
}

/** The id of an educator's row on a leaderboard page: the target of "Jump to my rank". */
export function leaderboardRowId(handle: string): string {
  return `educator-${handle}`;
}
