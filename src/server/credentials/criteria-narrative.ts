import { badgeCriteria } from "../badges/badge-criteria";

/** The badge's criteria in words, for the credential's achievement and the badge page. */
export function criteriaNarrative(criteria: unknown): string {
  const parsed = badgeCriteria.safeParse(criteria);
  if (!parsed.success) return "Awarded by the programme.";
  const c = parsed.data;
  switch (c.kind) {
    case "total_points":
      return `Earn at least ${c.min} points in the LEAPS programme.`;
    case "activity_points":
      return `Earn at least ${c.min} ${c.activity} points.`;
    case "approved_count":
      return `Have at least ${c.min} ${c.activity} submission${c.min === 1 ? "" : "s"} approved by a reviewer.`;
    case "amplify_reach":
      return `Train at least ${c.peers} peers or ${c.students} students in approved AMPLIFY sessions.`;
    case "all_activities":
      return "Earn credit or an approval in all five LEAPS activities.";
    case "manual":
      return "Awarded by a programme administrator.";
  }
}
