import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { AnalyticsFilters } from "./analytics-filters";
import { analyticsRange } from "./analytics-range";
import type { RangeActivity } from "./query-range-activity";

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

export interface ReviewAnalytics {
  weeks: WeeklyAnalytics[];
  timeToReview: { reviewed: number; medianHours: number | null; p90Hours: number | null };
  pendingNow: number;
}

interface Row {
  reviewed: number;
  medianHours: number | null;
  p90Hours: number | null;
  waitingBefore: number;
  pendingNow: number;
  weeks: { week: string; reviewed: number }[];
}

/**
 * The weekly series and the review figures. The range's reviews (APPROVED/REJECTED by
 * updated_at, read through the (status, updated_at) index) are read once, for the per-week
 * counts and the median/p90 wait alike. The backlog at a week's end is everything created
 * before it minus everything reviewed before it: two counts before the range (one pass with
 * the pending count) plus running sums of the weekly deltas, so no week is scanned twice. A review's time is the
 * submission's updated_at once it is no longer PENDING
 * (docs/decisions/021-admin-analytics-and-audit.md).
 */
export async function queryWeeklyAnalytics(
  tx: Tx,
  filters: AnalyticsFilters,
  activity: RangeActivity,
): Promise<ReviewAnalytics> {
  const r = analyticsRange(filters);
  const cohort = r.inCohort(sql`s.user_id`);
  const hours = (fraction: number) =>
    sql`round((percentile_cont(${sql.raw(String(fraction))}) WITHIN GROUP (ORDER BY secs) / 3600)::numeric, 1)::float8`;
  const [row] = await queryRows<Row>(
    tx,
    sql`WITH weeks AS (${r.weeks}),
      rv AS MATERIALIZED (
        SELECT ${r.week(sql`s.updated_at`)} AS week,
               extract(epoch FROM s.updated_at - s.created_at) AS secs
          FROM submissions s
         WHERE s.status IN ('APPROVED', 'REJECTED') AND ${r.within(sql`s.updated_at`)} AND ${cohort}
      ), stats AS (
        SELECT count(*)::int AS reviewed, ${hours(0.5)} AS "medianHours", ${hours(0.9)} AS "p90Hours"
          FROM rv
      ), by_week AS (SELECT week, count(*)::int AS n FROM rv GROUP BY week)
      SELECT stats.*,
        counts.*,
        (SELECT json_agg(json_build_object('week', to_char(w.week, 'YYYY-MM-DD'),
                  'reviewed', coalesce(b.n, 0)) ORDER BY w.week)
           FROM weeks w LEFT JOIN by_week b ON b.week = w.week) AS weeks
      FROM stats, (
        SELECT (count(*) FILTER (WHERE s.created_at < ${r.start})
                - count(*) FILTER (WHERE s.status IN ('APPROVED', 'REJECTED')
                                     AND s.updated_at < ${r.start}))::int AS "waitingBefore",
               count(*) FILTER (WHERE s.status = 'PENDING')::int AS "pendingNow"
          FROM submissions s WHERE ${cohort}
      ) AS counts`,
  );
  const result = row!;
  const series = typeof result.weeks === "string" ? JSON.parse(result.weeks) : result.weeks;
  let backlog = Number(result.waitingBefore);
  const weeks = (series as Row["weeks"]).map(({ week, reviewed }) => {
    const created = activity.weeks.get(week);
    backlog += (created?.submissions ?? 0) - reviewed;
    return {
      week,
      pending: created?.pending ?? 0,
      approved: created?.approved ?? 0,
      rejected: created?.rejected ?? 0,
      reviewed,
      backlog,
      activeEducators: created?.active ?? 0,
    };
  });
  return {
    weeks,
    timeToReview: {
      reviewed: result.reviewed,
      medianHours: result.medianHours,
      p90Hours: result.p90Hours,
    },
    pendingNow: Number(result.pendingNow),
  };
}
