import type { ActivityCode } from "@/server/activities/activity-canon";
import { AMPLIFY_MAX_AGE_DAYS } from "@/server/activities/activity-payloads";

export type EvidenceInputKind = "text" | "textarea" | "date" | "number" | "url";

/**
 * How one payload field is asked for and shown. Only presentation lives here (label,
 * input kind, help text); lengths, ranges and whether a field is optional are read from
 * the activity's schema (payload-field-limits.ts), so the rules exist once.
 */
export interface EvidenceFieldSpec {
  name: string;
  label: string;
  kind: EvidenceInputKind;
  hint?: string;
  /** Dates only: how many days back the schema accepts (the input's `min`). */
  maxAgeDays?: number;
}

/** The fields of each activity's evidence form (docs/product.md §3), in the order they are asked. */
export const EVIDENCE_FIELDS: Record<ActivityCode, EvidenceFieldSpec[]> = {
  LEARN: [
    {
      name: "provider",
      label: "Course provider",
      kind: "text",
      hint: "Who ran the course, e.g. Kajabi.",
    },
    { name: "courseName", label: "Course name", kind: "text" },
    { name: "completedAt", label: "Completion date", kind: "date" },
  ],
  EXPLORE: [
    {
      name: "reflection",
      label: "Reflection",
      kind: "textarea",
      hint: "What did you try with AI in class, what happened, and what would you change?",
    },
    { name: "classDate", label: "Date of the class", kind: "date" },
    { name: "aiTool", label: "AI tool used", kind: "text" },
    { name: "school", label: "School", kind: "text" },
  ],
  AMPLIFY: [
    {
      name: "peersTrained",
      label: "Peers trained",
      kind: "number",
      hint: "Fellow teachers at the session.",
    },
    { name: "studentsTrained", label: "Students trained", kind: "number" },
    {
      name: "sessionDate",
      label: "Session date",
      kind: "date",
      maxAgeDays: AMPLIFY_MAX_AGE_DAYS,
      hint: `Within the last ${AMPLIFY_MAX_AGE_DAYS} days.`,
    },
    { name: "sessionTitle", label: "Session title", kind: "text" },
    { name: "location", label: "Location", kind: "text" },
    { name: "notes", label: "Notes", kind: "textarea" },
  ],
  PRESENT: [
    {
      name: "linkedinUrl",
      label: "Link to your LinkedIn post",
      kind: "url",
      hint: "The https:// address of the post on LinkedIn: linkedin.com, your country site (e.g. id.linkedin.com) or an lnkd.in short link.",
    },
    {
      name: "caption",
      label: "Caption",
      kind: "textarea",
      hint: "What the post says, or a short summary of it.",
    },
  ],
  SHINE: [
    { name: "ideaTitle", label: "Idea title", kind: "text" },
    {
      name: "ideaSummary",
      label: "Idea summary",
      kind: "textarea",
      hint: "The problem, your idea, and how it would work in your classroom or school.",
    },
  ],
};
