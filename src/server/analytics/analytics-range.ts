import { sql, type SQL } from "drizzle-orm";
import type { AnalyticsFilters } from "./analytics-filters";

/**
 * The SQL pieces every overview query shares: the range's instants (UTC midnights, the
 * end exclusive), the week of a timestamp (ISO weeks, Monday first, in UTC), and the
 * cohort filter on a user id column.
 */
export function analyticsRange(filters: AnalyticsFilters) {
  const start = sql`((${filters.from}::date)::timestamp AT TIME ZONE 'UTC')`;
  const end = sql`((${filters.to}::date + 1)::timestamp AT TIME ZONE 'UTC')`;
  return {
    start,
    end,
    /** `column` lies in the range. */
    within: (column: SQL) => sql`${column} >= ${start} AND ${column} < ${end}`,
    /** The Monday (a date) of the UTC week `column` falls in. */
    week: (column: SQL) => sql`date_trunc('week', ${column} AT TIME ZONE 'UTC')::date`,
    /** Every week touching the range, as Mondays. */
    weeks: sql`SELECT w::date AS week FROM generate_series(
        date_trunc('week', ${filters.from}::date::timestamp), ${filters.to}::date::timestamp,
        interval '1 week') AS w`,
    /** `userId` belongs to the chosen cohort (always true without one). */
    inCohort: (userId: SQL) =>
      filters.cohort === null
        ? sql`true`
        : sql`${userId} IN (SELECT id FROM users WHERE cohort = ${filters.cohort})`,
  };
}
