import "server-only";
import { and, eq, sum } from "drizzle-orm";
import { activities, points_ledger } from "../db/schema";
import type { Tx } from "../db/types";

/** A user's points for one activity, and the activity's default_points (its cap for LEARN). */
export async function getActivityPoints(
  tx: Tx,
  userId: string,
  activity: string,
): Promise<{ points: number; defaultPoints: number }> {
  const [total] = await tx
    .select({ points: sum(points_ledger.delta_points) })
    .from(points_ledger)
    .where(and(eq(points_ledger.user_id, userId), eq(points_ledger.activity_code, activity)));
  const [row] = await tx
    .select({ defaultPoints: activities.default_points })
    .from(activities)
    .where(eq(activities.code, activity));
  return { points: Number(total?.points ?? 0), defaultPoints: row?.defaultPoints ?? 0 };
}
