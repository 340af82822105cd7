/**
 * The criteria kinds of docs/product.md §7 as the editor offers them, with the inputs each needs.
 * Only the form's shape lives here; the server's badgeCriteria schema decides validity.
 */
export const CRITERIA_KINDS = [
  { kind: "total_points", label: "Total points", fields: ["min"] },
  { kind: "activity_points", label: "Points in one activity", fields: ["activity", "min"] },
  {
    kind: "approved_count",
    label: "Approved submissions of one activity",
    fields: ["activity", "min"],
  },
  {
    kind: "amplify_reach",
    label: "Amplify reach (peers or students)",
    fields: ["peers", "students"],
  },
  { kind: "all_activities", label: "Credit in all five activities", fields: [] },
  { kind: "manual", label: "Awarded by an admin only", fields: [] },
] as const;

export type CriteriaField = "min" | "activity" | "peers" | "students";

/** The form input behind each criteria field. */
export const CRITERIA_INPUTS: Record<CriteriaField, string> = {
  min: "criteriaMin",
  activity: "criteriaActivity",
  peers: "criteriaPeers",
  students: "criteriaStudents",
};
