import type { ActivityCode } from "@/server/activities/activity-canon";
import { AMPLIFY_MAX_AGE_DAYS } from "@/server/activities/activity-payloads";

export type EvidenceInputKind = "text" | "textarea" | "date" | "number" | "url";

/**
 * How one payload field is asked for and shown. Only presentation lives here (input kind,
 * whether it has help text); its label and help text are in the catalogue
 * (`evidence.fields.<ACTIVITY>.<name>.label` / `.hint`), and lengths, ranges and whether
 * a field is optional are read from the activity's schema (payload-field-limits.ts), so
 * the rules exist once.
 */
export interface EvidenceFieldSpec {
  name: string;
  kind: EvidenceInputKind;
  /** The catalogue has help text for it (`….hint`). */
  hint?: true;
  /** Dates only: how many days back the schema accepts (the field's `min`). */
  maxAgeDays?: number;
}

/** The fields of each activity's evidence form (docs/product.md §3), in the order they are asked. */
export const EVIDENCE_FIELDS: Record<ActivityCode, EvidenceFieldSpec[]> = {
  LEARN: [
    { name: "provider", kind: "text", hint: true },
    { name: "courseName", kind: "text" },
    { name: "completedAt", kind: "date" },
  ],
  EXPLORE: [
    { name: "reflection", kind: "textarea", hint: true },
    { name: "classDate", kind: "date" },
    { name: "aiTool", kind: "text" },
    { name: "school", kind: "text" },
  ],
  AMPLIFY: [
    { name: "peersTrained", kind: "number", hint: true },
    { name: "studentsTrained", kind: "number" },
    { name: "sessionDate", kind: "date", maxAgeDays: AMPLIFY_MAX_AGE_DAYS, hint: true },
    { name: "sessionTitle", kind: "text" },
    { name: "location", kind: "text" },
    { name: "notes", kind: "textarea" },
  ],
  PRESENT: [
    { name: "linkedinUrl", kind: "url", hint: true },
    { name: "caption", kind: "textarea", hint: true },
  ],
  SHINE: [
    { name: "ideaTitle", kind: "text" },
    { name: "ideaSummary", kind: "textarea", hint: true },
  ],
};
