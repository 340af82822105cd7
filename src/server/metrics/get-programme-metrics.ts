import "server-only";
import { sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import { users } from "../db/schema";
import { isAnonymisedEmailSql } from "../users/is-anonymised";

export interface ProgrammeMetrics {
  participants: number;
  pointsAwarded: number;
  peersReached: number;
  studentsReached: number;
  storiesShared: number;
  badgesEarned: number;
  byActivity: {
    activity: string;
    name: string;
    pending: number;
    approved: number;
    rejected: number;
    participants: number;
    pointsAwarded: number;
  }[];
  /** The last 12 months, oldest first. */
  byMonth: { month: string; submissions: number; approved: number; points: number }[];
}

/**
 * Programme-wide numbers for `/metrics` (docs/product.md §8): aggregates only, no person in them.
 * Read on the privileged path because they summarise rows no visitor may see one by one.
 */
export async function getProgrammeMetrics(): Promise<ProgrammeMetrics> {
  return privileged({ system: "metrics" }, async (tx) => {
    const [totals] = await queryRows<Omit<ProgrammeMetrics, "byActivity" | "byMonth">>(
      tx,
      sql`SELECT
            (SELECT count(*)::int FROM users
              WHERE role = 'PARTICIPANT' AND NOT ${isAnonymisedEmailSql(users.email)}) AS "participants",
            (SELECT coalesce(sum(delta_points), 0)::int FROM points_ledger) AS "pointsAwarded",
            (SELECT coalesce(sum((payload ->> 'peersTrained')::int), 0)::int FROM submissions
              WHERE activity_code = 'AMPLIFY' AND status = 'APPROVED') AS "peersReached",
            (SELECT coalesce(sum((payload ->> 'studentsTrained')::int), 0)::int FROM submissions
              WHERE activity_code = 'AMPLIFY' AND status = 'APPROVED') AS "studentsReached",
            (SELECT count(*)::int FROM submissions
              WHERE activity_code = 'PRESENT' AND status = 'APPROVED' AND visibility = 'PUBLIC') AS "storiesShared",
            (SELECT count(*)::int FROM earned_badges) AS "badgesEarned"`,
    );
    const byActivity = await queryRows<ProgrammeMetrics["byActivity"][number]>(
      tx,
      sql`SELECT activity_code AS activity, activity_name AS name, pending_count AS pending, approved_count AS approved,
                 rejected_count AS rejected, participants, points_awarded AS "pointsAwarded"
            FROM public_submission_metrics
           ORDER BY array_position(ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'], activity_code)`,
    );
    // One grouped pass per table over the last 12 months, then merged by month.
    const since = sql`date_trunc('month', now()) - interval '11 months'`;
    const byMonth = await queryRows<{
      month: string;
      submissions: number;
      approved: number;
      points: number;
    }>(
      tx,
      sql`WITH months AS (
            SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(${since}, date_trunc('month', now()), interval '1 month') AS m
          ), created AS (
            SELECT to_char(date_trunc('month', created_at), 'YYYY-MM') AS month, count(*)::int AS n
              FROM submissions WHERE created_at >= ${since} GROUP BY 1
          ), approved AS (
            SELECT to_char(date_trunc('month', updated_at), 'YYYY-MM') AS month, count(*)::int AS n
              FROM submissions WHERE status = 'APPROVED' AND updated_at >= ${since} GROUP BY 1
          ), points AS (
            SELECT to_char(date_trunc('month', created_at), 'YYYY-MM') AS month, sum(delta_points)::int AS n
              FROM points_ledger WHERE created_at >= ${since} GROUP BY 1
          )
          SELECT m.month, coalesce(c.n, 0) AS submissions, coalesce(a.n, 0) AS approved, coalesce(p.n, 0) AS points
            FROM months m
            LEFT JOIN created c ON c.month = m.month
            LEFT JOIN approved a ON a.month = m.month
            LEFT JOIN points p ON p.month = m.month
           ORDER BY m.month`,
    );
    return { ...totals!, byActivity, byMonth };
  });
}
