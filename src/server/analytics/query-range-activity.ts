import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { AnalyticsFilters } from "./analytics-filters";
import { analyticsRange } from "./analytics-range";

interface Counts {
  submissions: number;
  pending: number;
  approved: number;
  rejected: number;
  points: number;
  /** Distinct people: credited (ledger rows) or active (submitted or credited). */
  credited: number;
  active: number;
}

/** What happened in the range, by week, by cohort ('' = none), by activity, and overall. */
export interface RangeActivity {
  total: Counts;
  weeks: Map<string, Counts>;
  cohorts: Map<string, Counts>;
  activities: Map<string, Counts>;
}

interface Row {
  kind: "ledger" | "credited" | "subs" | "active";
  /** GROUPING(first key, second key): 1 = by the first key, 2 = by the second, 3 = overall. */
  g: number;
  a: string | null;
  b: string | null;
  n: number;
  pending: number;
  approved: number;
  rejected: number;
}

const empty = (): Counts => ({
  submissions: 0,
  pending: 0,
  approved: 0,
  rejected: 0,
  points: 0,
  credited: 0,
  active: 0,
});

/**
 * Every count over the range's submissions (by created_at) and ledger rows in one
 * statement: each table is read once through its created_at index, joined to users by
 * primary key for the cohort, and aggregated with GROUPING SETS (week / cohort / activity /
 * overall) instead of one pass per chart. Distinct people are counted as rows of hashed
 * GROUP BYs, not count(DISTINCT …), which sorts text ids once per group
 * (docs/decisions/021-admin-analytics-and-audit.md).
 */
export async function queryRangeActivity(
  tx: Tx,
  filters: AnalyticsFilters,
): Promise<RangeActivity> {
  const r = analyticsRange(filters);
  const onlyCohort = filters.cohort === null ? sql`true` : sql`u.cohort = ${filters.cohort}`;
  const rows = await queryRows<Row>(
    tx,
    sql`WITH l AS MATERIALIZED (
        SELECT l.user_id, coalesce(u.cohort, '') AS k, l.activity_code AS act,
               ${r.week(sql`l.created_at`)} AS week, l.delta_points AS d
          FROM points_ledger l JOIN users u ON u.id = l.user_id
         WHERE ${r.within(sql`l.created_at`)} AND ${onlyCohort}
      ), s AS MATERIALIZED (
        SELECT s.user_id, coalesce(u.cohort, '') AS k, ${r.week(sql`s.created_at`)} AS week,
               s.status
          FROM submissions s JOIN users u ON u.id = s.user_id
         WHERE ${r.within(sql`s.created_at`)} AND ${onlyCohort}
      ), a AS MATERIALIZED (
        SELECT user_id, k, week FROM l UNION SELECT user_id, k, week FROM s
      ), people AS (
        SELECT user_id, k FROM a GROUP BY 1, 2
      ), credited AS (
        SELECT act, user_id FROM l GROUP BY 1, 2
      )
      SELECT 'ledger' AS kind, GROUPING(k, act)::int AS g, k AS a, act AS b,
             coalesce(sum(d), 0)::int AS n, 0 AS pending, 0 AS approved, 0 AS rejected
        FROM l GROUP BY GROUPING SETS ((k), (act), ())
      UNION ALL
      SELECT 'credited', 2, NULL, act, count(*)::int, 0, 0, 0 FROM credited GROUP BY act
      UNION ALL
      SELECT 'subs', GROUPING(week, k)::int, to_char(week, 'YYYY-MM-DD'), k, count(*)::int,
             count(*) FILTER (WHERE status = 'PENDING')::int,
             count(*) FILTER (WHERE status = 'APPROVED')::int,
             count(*) FILTER (WHERE status = 'REJECTED')::int
        FROM s GROUP BY GROUPING SETS ((week), (k), ())
      UNION ALL
      SELECT 'active', 1, to_char(week, 'YYYY-MM-DD'), NULL, count(*)::int, 0, 0, 0
        FROM a GROUP BY week
      UNION ALL
      SELECT 'active', 2 + GROUPING(k)::int, NULL, k, count(*)::int, 0, 0, 0
        FROM people GROUP BY GROUPING SETS ((k), ())`,
  );
  const out: RangeActivity = {
    total: empty(),
    weeks: new Map(),
    cohorts: new Map(),
    activities: new Map(),
  };
  const at = (map: Map<string, Counts>, key: string) => {
    if (!map.has(key)) map.set(key, empty());
    return map.get(key)!;
  };
  for (const row of rows) {
    const g = Number(row.g);
    const target =
      g === 3
        ? out.total
        : row.kind === "ledger" || row.kind === "credited"
          ? g === 1
            ? at(out.cohorts, row.a!)
            : at(out.activities, row.b!)
          : g === 1
            ? at(out.weeks, row.a!)
            : at(out.cohorts, row.b!);
    if (row.kind === "ledger") {
      target.points = Number(row.n);
    } else if (row.kind === "credited") {
      target.credited = Number(row.n);
    } else if (row.kind === "active") {
      target.active = Number(row.n);
    } else {
      target.submissions = Number(row.n);
      target.pending = Number(row.pending);
      target.approved = Number(row.approved);
      target.rejected = Number(row.rejected);
    }
  }
  return out;
}
