import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../db/query-rows";
import type { Tx } from "../db/types";
import type { BadgeProgress } from "./badge-criteria";

/** One round trip: the ledger and approved submissions of a user, summarised. */
export async function loadBadgeProgress(tx: Tx, userId: string): Promise<BadgeProgress> {
  const [row] = await queryRows<{
    activity_points: Record<string, number> | null;
    approved_counts: Record<string, number> | null;
    peers: number;
    students: number;
    all_activities: string[];
  }>(
    tx,
    sql`SELECT
          (SELECT jsonb_object_agg(activity_code, points) FROM (
             SELECT activity_code, sum(delta_points)::int AS points FROM points_ledger
              WHERE user_id = ${userId} GROUP BY activity_code) p) AS activity_points,
          (SELECT jsonb_object_agg(activity_code, n) FROM (
             SELECT activity_code, count(*)::int AS n FROM submissions
              WHERE user_id = ${userId} AND status = 'APPROVED' GROUP BY activity_code) a) AS approved_counts,
          (SELECT coalesce(sum((payload ->> 'peersTrained')::int), 0)::int FROM submissions
            WHERE user_id = ${userId} AND status = 'APPROVED' AND activity_code = 'AMPLIFY'
              AND jsonb_typeof(payload -> 'peersTrained') = 'number') AS peers,
          (SELECT coalesce(sum((payload ->> 'studentsTrained')::int), 0)::int FROM submissions
            WHERE user_id = ${userId} AND status = 'APPROVED' AND activity_code = 'AMPLIFY'
              AND jsonb_typeof(payload -> 'studentsTrained') = 'number') AS students,
          (SELECT array_agg(code ORDER BY code) FROM activities) AS all_activities`,
  );
  const activityPoints = row?.activity_points ?? {};
  const approvedCounts = row?.approved_counts ?? {};
  const activitiesDone = new Set<string>([
    ...Object.keys(activityPoints).filter((code) => activityPoints[code]! > 0),
    ...Object.keys(approvedCounts).filter((code) => approvedCounts[code]! > 0),
  ]);
  return {
    totalPoints: Object.values(activityPoints).reduce((a, b) => a + b, 0),
    activityPoints,
    approvedCounts,
    amplifyPeers: row?.peers ?? 0,
    amplifyStudents: row?.students ?? 0,
    activitiesDone,
    allActivities: row?.all_activities ?? [],
  };
}
