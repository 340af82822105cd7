import "server-only";
import { sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import type { UserRow } from "../users/user-dto";
import type { AnalyticsFilters } from "./analytics-filters";
import { queryRangeActivity } from "./query-range-activity";
import { queryCohortAnalytics, type CohortAnalytics } from "./query-cohort-analytics";
import { queryWeeklyAnalytics, type WeeklyAnalytics } from "./query-weekly-analytics";

export interface AdminAnalytics {
  filters: AnalyticsFilters;
  totals: {
    submissions: number;
    approved: number;
    points: number;
    /** Distinct people who submitted or were credited in the range. */
    activeEducators: number;
    /** Waiting for review now, whatever the range. */
    pendingNow: number;
  };
  /** Submissions approved or rejected in the range: how long they waited, in hours. */
  timeToReview: { reviewed: number; medianHours: number | null; p90Hours: number | null };
  weeks: WeeklyAnalytics[];
  pointsByActivity: { activity: string; name: string; points: number; educators: number }[];
  cohorts: CohortAnalytics[];
  /** Every cohort name, for the filter. */
  cohortNames: string[];
}

/**
 * The admin overview's numbers (docs/product.md §15), for the /admin page and
 * `GET /api/admin/analytics` alike. Aggregates only, so they are read on the privileged
 * path once the caller's role (REVIEWER or above) is checked: a reviewer may not read
 * every ledger row one by one, but may see the programme's totals.
 */
export async function getAdminAnalytics(
  viewer: UserRow,
  filters: AnalyticsFilters,
): Promise<AdminAnalytics> {
  return privileged({ userId: viewer.id }, async (tx) => {
    // The range's rows are grouped several ways at once; the default 4 MB would spill
    // those sorts and hashes to disk at 100,000 educators (decision 021).
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const activity = await queryRangeActivity(tx, filters);
    const review = await queryWeeklyAnalytics(tx, filters, activity);
    const activities = await queryRows<{ activity: string; name: string }>(
      tx,
      sql`SELECT a.code AS activity, a.name FROM activities a
           ORDER BY array_position(ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'], a.code), a.code`,
    );
    const cohortNames = await queryRows<{ cohort: string }>(
      tx,
      sql`SELECT DISTINCT cohort FROM users WHERE cohort IS NOT NULL ORDER BY cohort LIMIT 500`,
    );
    const { total } = activity;
    return {
      filters,
      totals: {
        submissions: total.submissions,
        approved: total.approved,
        points: total.points,
        activeEducators: total.active,
        pendingNow: review.pendingNow,
      },
      timeToReview: review.timeToReview,
      weeks: review.weeks,
      pointsByActivity: activities.map(({ activity: code, name }) => ({
        activity: code,
        name,
        points: activity.activities.get(code)?.points ?? 0,
        educators: activity.activities.get(code)?.credited ?? 0,
      })),
      cohorts: await queryCohortAnalytics(tx, filters, activity),
      cohortNames: cohortNames.map((row) => row.cohort),
    };
  });
}
