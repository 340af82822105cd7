import { badgeCriteria } from "@/server/badges/badge-criteria";
import { activityName } from "@/ui/activities/activity-name";

/** A badge's criteria as a sentence, e.g. "At least 1 approved Explore submission". */
export function describeCriteria(criteria: unknown): string {
  const parsed = badgeCriteria.safeParse(criteria);
  if (!parsed.success) return `Unrecognised criteria: ${JSON.stringify(criteria)}`;
  const c = parsed.data;
  switch (c.kind) {
    case "total_points":
      return `At least ${n(c.min)} points in total`;
    case "activity_points":
      return `At least ${n(c.min)} ${activityName(c.activity)} points`;
    case "approved_count":
      return `At least ${n(c.min)} approved ${activityName(c.activity)} ${c.min === 1 ? "submission" : "submissions"}`;
    case "amplify_reach":
      return `At least ${n(c.peers)} peers or ${n(c.students)} students trained (approved Amplify)`;
    case "all_activities":
      return "Credit or an approval in all five activities";
    case "manual":
      return "Awarded by an admin only";
  }
}

function n(value: number): string {
  return value.toLocaleString("en");
}
