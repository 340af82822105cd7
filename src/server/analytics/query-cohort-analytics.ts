import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { AnalyticsFilters } from "./analytics-filters";
import { analyticsRange } from "./analytics-range";

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
 * Cohorts side by side for the range: each aggregate grouped by the user's cohort in the
 * database (users are joined by primary key), the largest cohorts first.
 */
export async function queryCohortAnalytics(
  tx: Tx,
  filters: AnalyticsFilters,
): Promise<CohortAnalytics[]> {
  const r = analyticsRange(filters);
  const onlyCohort = filters.cohort === null ? sql`true` : sql`u.cohort = ${filters.cohort}`;
  return queryRows<CohortAnalytics>(
    tx,
    sql`WITH members AS (
        SELECT coalesce(u.cohort, '') AS k, count(*) FILTER (WHERE u.role = 'PARTICIPANT')::int AS n
          FROM users u WHERE ${onlyCohort} GROUP BY 1
      ), subs AS (
        SELECT coalesce(u.cohort, '') AS k, count(*)::int AS n,
               count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved
          FROM submissions s JOIN users u ON u.id = s.user_id
         WHERE ${r.within(sql`s.created_at`)} AND ${onlyCohort} GROUP BY 1
      ), points AS (
        SELECT coalesce(u.cohort, '') AS k, sum(l.delta_points)::int AS n
          FROM points_ledger l JOIN users u ON u.id = l.user_id
         WHERE ${r.within(sql`l.created_at`)} AND ${onlyCohort} GROUP BY 1
      ), active AS (
        SELECT coalesce(u.cohort, '') AS k, count(*)::int AS n
          FROM (SELECT s.user_id FROM submissions s WHERE ${r.within(sql`s.created_at`)}
                UNION
                SELECT l.user_id FROM points_ledger l WHERE ${r.within(sql`l.created_at`)}) AS a
          JOIN users u ON u.id = a.user_id
         WHERE ${onlyCohort} GROUP BY 1
      )
      SELECT nullif(m.k, '') AS cohort, m.n AS educators, coalesce(a.n, 0) AS "activeEducators",
             coalesce(s.n, 0) AS submissions, coalesce(s.approved, 0) AS approved,
             coalesce(p.n, 0) AS points
        FROM members m
        LEFT JOIN subs s ON s.k = m.k
        LEFT JOIN points p ON p.k = m.k
        LEFT JOIN active a ON a.k = m.k
       ORDER BY m.n DESC, m.k
       LIMIT ${MAX_COHORTS}`,
  );
}
