import "server-only";
import type { LearnTotals } from "../activities/points-rules";
import type { Tx } from "../db/types";
import { getActivityPoints } from "./get-activity-points";

/** A user's LEARN points and the LEARN cap (LEARN's default_points), for the LEARN rules. */
export async function getLearnTotals(tx: Tx, userId: string): Promise<LearnTotals> {
  const learn = await getActivityPoints(tx, userId, "LEARN");
  return { points: learn.points, cap: learn.defaultPoints };
}
