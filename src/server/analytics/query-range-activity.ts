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
  kind: "ledger" | "subs" | "active" | "people";
  /** 1 = by week (a), 2 = by activity or cohort (b), 3 = overall. */
  g: number;
  a: string | null;
  b: string | null;
  /** The figures, by kind (see the SELECT list). */
  n: number;
  x: number;
  y: number;
  z: number;
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
 * statement: each table is read once through its created_at index and aggregated by week,
 * by activity, and per person (via one grouping per person and activity); only the people (one row each) are joined to users for
 * their cohort, then summed by cohort and overall with GROUPING SETS, instead of one pass
 * per chart. Distinct people are counted as rows of hashed GROUP BYs, not
 * count(DISTINCT …), which sorts text ids once per group
 * (docs/decisions/021-admin-analytics-and-audit.md).
 */
export async function queryRangeActivity(
  tx: Tx,
  filters: AnalyticsFilters,
): Promise<RangeActivity> {
  const r = analyticsRange(filters);
  const rows = await queryRows<Row>(
    tx,
    sql`WITH l AS MATERIALIZED (
        SELECT l.user_id, l.activity_code AS act, ${r.week(sql`l.created_at`)} AS week,
               l.delta_points AS d
          FROM points_ledger l
         WHERE ${r.within(sql`l.created_at`)} AND ${r.inCohort(sql`l.user_id`)}
      ), s AS MATERIALIZED (
        SELECT s.user_id, ${r.week(sql`s.created_at`)} AS week, s.status
          FROM submissions s
         WHERE ${r.within(sql`s.created_at`)} AND ${r.inCohort(sql`s.user_id`)}
      ), lua AS MATERIALIZED (
        SELECT user_id, act, sum(d) AS points FROM l GROUP BY 1, 2
      ), people AS (
        SELECT coalesce(u.cohort, '') AS k, coalesce(lp.points, 0) AS points,
               coalesce(sp.n, 0) AS n, coalesce(sp.approved, 0) AS approved
          FROM (SELECT user_id, sum(points) AS points FROM lua GROUP BY 1) AS lp
          FULL JOIN (SELECT user_id, count(*) AS n,
                            count(*) FILTER (WHERE status = 'APPROVED') AS approved
                       FROM s GROUP BY 1) AS sp USING (user_id)
          JOIN users u ON u.id = user_id
      )
      SELECT 'ledger' AS kind, 2 AS g, NULL AS a, act AS b, coalesce(sum(points), 0)::int AS n,
             count(*)::int AS x, 0 AS y, 0 AS z
        FROM lua GROUP BY act
      UNION ALL
      SELECT 'subs', 1, to_char(week, 'YYYY-MM-DD'), NULL, count(*)::int,
             count(*) FILTER (WHERE status = 'PENDING')::int,
             count(*) FILTER (WHERE status = 'APPROVED')::int,
             count(*) FILTER (WHERE status = 'REJECTED')::int
        FROM s GROUP BY week
      UNION ALL
      SELECT 'active', 1, to_char(week, 'YYYY-MM-DD'), NULL, count(*)::int, 0, 0, 0
        FROM (SELECT user_id, week FROM l UNION SELECT user_id, week FROM s) AS uw GROUP BY week
      UNION ALL
      SELECT 'people', 2 + GROUPING(k)::int, NULL, k, count(*)::int, coalesce(sum(points), 0)::int,
             coalesce(sum(n), 0)::int, coalesce(sum(approved), 0)::int
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
    const [n, x, y, z] = [row.n, row.x, row.y, row.z].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    if (row.kind === "people") {
      const target = Number(row.g) === 3 ? out.total : at(out.cohorts, row.b!);
      Object.assign(target, { active: n, points: x, submissions: y, approved: z });
    } else if (row.kind === "ledger") {
      Object.assign(at(out.activities, row.b!), { points: n, credited: x });
    } else if (row.kind === "active") at(out.weeks, row.a!).active = n;
    else
      Object.assign(at(out.weeks, row.a!), {
        submissions: n,
        pending: x,
        approved: y,
        rejected: z,
      });
  }
  return out;
}
