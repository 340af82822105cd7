import "server-only";
import { sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import type { UserRow } from "../users/user-dto";
import type { AnalyticsFilters } from "./analytics-filters";
import { analyticsRange } from "./analytics-range";
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
    const r = analyticsRange(filters);
    const cohort = (column: ReturnType<typeof sql>) => r.inCohort(column);
    const [totals] = await queryRows<AdminAnalytics["totals"]>(
      tx,
      sql`SELECT
          (SELECT count(*)::int FROM submissions s
            WHERE ${r.within(sql`s.created_at`)} AND ${cohort(sql`s.user_id`)}) AS submissions,
          (SELECT count(*)::int FROM submissions s WHERE s.status = 'APPROVED'
              AND ${r.within(sql`s.created_at`)} AND ${cohort(sql`s.user_id`)}) AS approved,
          (SELECT coalesce(sum(l.delta_points), 0)::int FROM points_ledger l
            WHERE ${r.within(sql`l.created_at`)} AND ${cohort(sql`l.user_id`)}) AS points,
          (SELECT count(*)::int FROM (
              SELECT s.user_id FROM submissions s
               WHERE ${r.within(sql`s.created_at`)} AND ${cohort(sql`s.user_id`)}
              UNION
              SELECT l.user_id FROM points_ledger l
               WHERE ${r.within(sql`l.created_at`)} AND ${cohort(sql`l.user_id`)}) AS a) AS "activeEducators",
          (SELECT count(*)::int FROM submissions s
            WHERE s.status = 'PENDING' AND ${cohort(sql`s.user_id`)}) AS "pendingNow"`,
    );
    const [timeToReview] = await queryRows<AdminAnalytics["timeToReview"]>(
      tx,
      sql`SELECT count(*)::int AS reviewed,
            round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.updated_at - s.created_at)) / 3600)::numeric, 1)::float8 AS "medianHours",
            round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.updated_at - s.created_at)) / 3600)::numeric, 1)::float8 AS "p90Hours"
          FROM submissions s
         WHERE s.status IN ('APPROVED', 'REJECTED') AND ${r.within(sql`s.updated_at`)}
           AND ${cohort(sql`s.user_id`)}`,
    );
    const pointsByActivity = await queryRows<AdminAnalytics["pointsByActivity"][number]>(
      tx,
      sql`SELECT a.code AS activity, a.name, coalesce(sum(l.delta_points), 0)::int AS points,
                 count(DISTINCT l.user_id)::int AS educators
            FROM activities a
            LEFT JOIN points_ledger l ON l.activity_code = a.code
             AND ${r.within(sql`l.created_at`)} AND ${cohort(sql`l.user_id`)}
           GROUP BY a.code, a.name
           ORDER BY array_position(ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'], a.code), a.code`,
    );
    const cohortNames = await queryRows<{ cohort: string }>(
      tx,
      sql`SELECT DISTINCT cohort FROM users WHERE cohort IS NOT NULL ORDER BY cohort LIMIT 500`,
    );
    return {
      filters,
      totals: totals!,
      timeToReview: timeToReview!,
      weeks: await queryWeeklyAnalytics(tx, filters),
      pointsByActivity,
      cohorts: await queryCohortAnalytics(tx, filters),
      cohortNames: cohortNames.map((row) => row.cohort),
    };
  });
}
