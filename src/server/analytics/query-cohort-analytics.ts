import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { AnalyticsFilters } from "./analytics-filters";
import type { RangeActivity } from "./query-range-activity";

/** The most cohorts the overview sets side by side (the largest first). */
export const MAX_COHORTS = 20;

export interface CohortAnalytics {
  /** null: people without a cohort. */
  cohort: string | null;
  /** Participants in the cohort now. */
  educators: number;
  /** People who submitted or were credited in the range. */
  activeEducators: number;
  /** Submissions created in the range, and how many of them are approved. */
  submissions: number;
  approved: number;
  /** Points credited in the range. */
  points: number;
}

/**
 * Cohorts side by side for the range, the largest first: the members are counted here,
 * the range's figures come grouped by cohort from the one pass of queryRangeActivity.
 */
export async function queryCohortAnalytics(
  tx: Tx,
  filters: AnalyticsFilters,
  activity: RangeActivity,
): Promise<CohortAnalytics[]> {
  const onlyCohort = filters.cohort === null ? sql`true` : sql`u.cohort = ${filters.cohort}`;
  const members = await queryRows<{ k: string; n: number }>(
    tx,
    sql`SELECT coalesce(u.cohort, '') AS k,
               count(*) FILTER (WHERE u.role = 'PARTICIPANT')::int AS n
          FROM users u WHERE ${onlyCohort} GROUP BY 1
         ORDER BY 2 DESC, 1 LIMIT ${MAX_COHORTS}`,
  );
  return members.map(({ k, n }) => {
    const range = activity.cohorts.get(k);
    return {
      cohort: k === "" ? null : k,
      educators: n,
      activeEducators: range?.active ?? 0,
      submissions: range?.submissions ?? 0,
      approved: range?.approved ?? 0,
      points: range?.points ?? 0,
    };
  });
}
