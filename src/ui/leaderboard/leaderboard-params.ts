import { PERIODS, type Period } from "@/server/leaderboard/leaderboard-views";

export const PAGE_SIZE = 20;

/** What a /leaderboard URL asks for; every field survives a copied link. */
export interface LeaderboardParams {
  period: Period;
  q?: string;
  cohort?: string;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's query string, forgiving: an unknown period is the all-time board, a page
 * that is not a positive whole number is the first, and text is trimmed to what the
 * leaderboard query accepts, so a hand-edited URL still shows a page, never an error.
 */
export function parseLeaderboardParams(searchParams: SearchParams): LeaderboardParams {
  const first = (name: string) => {
    const value = searchParams[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  };
  const period = PERIODS.find((candidate) => candidate === first("period")) ?? "all";
  const page = Number(first("page"));
  return {
    period,
    q: first("q").slice(0, 100) || undefined,
    cohort: first("cohort").slice(0, 100) || undefined,
    page: Number.isSafeInteger(page) && page >= 1 && page <= 500_000 ? page : 1,
  };
}

/** A /leaderboard link; defaults are left out so URLs stay short. */
export function leaderboardHref({ period, q, cohort, page }: Partial<LeaderboardParams>): string {
  const search = new URLSearchParams();
  if (period && period !== "all") search.set("period", period);
  if (q) search.set("q", q);
  if (cohort) search.set("cohort", cohort);
  if (page && page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `/leaderboard?${query}` : "/leaderboard";
}

/** The page of the unfiltered board on which a rank starts. */
export function pageOfRank(rank: number): number {
  return Math.floor((rank - 1) / PAGE_SIZE) + 1;
}

export const PERIOD_LABELS: Record<Period, string> = {
  all: "All-time",
  "30d": "Last 30 days",
};
