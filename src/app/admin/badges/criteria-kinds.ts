/**
 * The criteria kinds of docs/product.md §7 as the editor offers them, with the inputs each
 * needs; their names are in the catalogue (badgesAdmin.form.kinds). Only the form's shape
 * lives here; the server's badgeCriteria schema decides validity.
 */
export const CRITERIA_KINDS = [
  { kind: "total_points", fields: ["min"] },
  { kind: "activity_points", fields: ["activity", "min"] },
  { kind: "approved_count", fields: ["activity", "min"] },
  { kind: "amplify_reach", fields: ["peers", "students"] },
  { kind: "all_activities", fields: [] },
  { kind: "manual", fields: [] },
] as const;

export type CriteriaKind = (typeof CRITERIA_KINDS)[number]["kind"];

export type CriteriaField = "min" | "activity" | "peers" | "students";

/** The form input behind each criteria field. */
export const CRITERIA_INPUTS: Record<CriteriaField, string> = {
  min: "criteriaMin",
  activity: "criteriaActivity",
  peers: "criteriaPeers",
  students: "criteriaStudents",
};
