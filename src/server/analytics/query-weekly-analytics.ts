import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { AnalyticsFilters } from "./analytics-filters";
import { analyticsRange } from "./analytics-range";

export interface WeeklyAnalytics {
  /** The Monday starting the week (UTC), as YYYY-MM-DD. */
  week: string;
  /** Submissions created this week (within the range), by their status now. */
  pending: number;
  approved: number;
  rejected: number;
  /** Submissions reviewed (approved or rejected) this week. */
  reviewed: number;
  /** Submissions waiting for review at the end of the week (or of the range). */
  backlog: number;
  /** People who submitted evidence or were credited points this week. */
  activeEducators: number;
}

/**
 * One row per week, every count an aggregate in the database (one grouped pass per table
 * over the range's rows, read through the created_at/updated_at indexes). The backlog at a
 * week's end is everything created before it minus everything reviewed before it: two
 * counts before the range plus running sums, so it never scans a week twice.
 * A review's time is the submission's updated_at once it is no longer PENDING
 * (docs/decisions/021-admin-analytics-and-audit.md).
 */
export async function queryWeeklyAnalytics(
  tx: Tx,
  filters: AnalyticsFilters,
): Promise<WeeklyAnalytics[]> {
  const r = analyticsRange(filters);
  const cohort = r.inCohort(sql`s.user_id`);
  return queryRows<WeeklyAnalytics>(
    tx,
    sql`WITH weeks AS (${r.weeks}),
      created AS (
        SELECT ${r.week(sql`s.created_at`)} AS week,
               count(*) FILTER (WHERE s.status = 'PENDING')::int AS pending,
               count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved,
               count(*) FILTER (WHERE s.status = 'REJECTED')::int AS rejected,
               count(*)::int AS total
          FROM submissions s WHERE ${r.within(sql`s.created_at`)} AND ${cohort} GROUP BY 1
      ), reviewed AS (
        SELECT ${r.week(sql`s.updated_at`)} AS week, count(*)::int AS n
          FROM submissions s
         WHERE s.status IN ('APPROVED', 'REJECTED') AND ${r.within(sql`s.updated_at`)} AND ${cohort}
         GROUP BY 1
      ), before_range AS (
        SELECT (SELECT count(*) FROM submissions s WHERE s.created_at < ${r.start} AND ${cohort})
             - (SELECT count(*) FROM submissions s
                 WHERE s.status IN ('APPROVED', 'REJECTED') AND s.updated_at < ${r.start} AND ${cohort})
               AS waiting
      ), active AS (
        SELECT week, count(DISTINCT user_id)::int AS n FROM (
          SELECT ${r.week(sql`s.created_at`)} AS week, s.user_id FROM submissions s
           WHERE ${r.within(sql`s.created_at`)} AND ${cohort}
          UNION ALL
          SELECT ${r.week(sql`l.created_at`)}, l.user_id FROM points_ledger l
           WHERE ${r.within(sql`l.created_at`)} AND ${r.inCohort(sql`l.user_id`)}
        ) AS a GROUP BY week
      )
      SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
             coalesce(c.pending, 0) AS pending, coalesce(c.approved, 0) AS approved,
             coalesce(c.rejected, 0) AS rejected, coalesce(v.n, 0) AS reviewed,
             ((SELECT waiting FROM before_range)
               + sum(coalesce(c.total, 0)) OVER (ORDER BY w.week)
               - sum(coalesce(v.n, 0)) OVER (ORDER BY w.week))::int AS backlog,
             coalesce(a.n, 0) AS "activeEducators"
        FROM weeks w
        LEFT JOIN created c ON c.week = w.week
        LEFT JOIN reviewed v ON v.week = w.week
        LEFT JOIN active a ON a.week = w.week
       ORDER BY w.week`,
  );
}
