import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";

const activityCode = z.string().regex(/^[A-Z_]{2,30}$/, errorKey("errors.validation.activityCode"));
const threshold = z.number().int().min(0).max(1_000_000);

/** The criteria kinds of docs/product.md §7, validated wherever badges are created or read. */
export const badgeCriteria = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("total_points"), min: threshold }).strict(),
  z.object({ kind: z.literal("activity_points"), activity: activityCode, min: threshold }).strict(),
  z.object({ kind: z.literal("approved_count"), activity: activityCode, min: threshold }).strict(),
  z.object({ kind: z.literal("amplify_reach"), peers: threshold, students: threshold }).strict(),
  z.object({ kind: z.literal("all_activities") }).strict(),
  z.object({ kind: z.literal("manual") }).strict(),
]);
export type BadgeCriteria = z.infer<typeof badgeCriteria>;

/** What a user has achieved, as the criteria need it. */
export interface BadgeProgress {
  totalPoints: number;
  activityPoints: Record<string, number>;
  approvedCounts: Record<string, number>;
  amplifyPeers: number;
  amplifyStudents: number;
  /** Activities with a positive credit or an approved submission. */
  activitiesDone: Set<string>;
  allActivities: string[];
}

/** True when the criteria hold; manual badges never hold by themselves. */
export function criteriaMet(criteria: BadgeCriteria, progress: BadgeProgress): boolean {
  switch (criteria.kind) {
    case "total_points":
      return progress.totalPoints >= criteria.min;
    case "activity_points":
      return (progress.activityPoints[criteria.activity] ?? 0) >= criteria.min;
    case "approved_count":
      return (progress.approvedCounts[criteria.activity] ?? 0) >= criteria.min;
    case "amplify_reach":
      return (
        progress.amplifyPeers >= criteria.peers || progress.amplifyStudents >= criteria.students
      );
    case "all_activities":
      return progress.allActivities.every((code) => progress.activitiesDone.has(code));
    case "manual":
      return false;
  }
}
