import type { ActivityCode } from "@/server/activities/activity-canon";
import { parseLocalDate } from "@/i18n/parse-local-date";
import { EVIDENCE_FIELDS, type EvidenceInputKind } from "./evidence-field-specs";

/** An evidence form's fields as typed: field name → text. */
export type EvidenceValues = Record<string, string>;

/**
 * The payload the activity's schema checks, from what the form holds: numbers become
 * numbers (an empty count is 0, so "4 students, no peers" needs only one box), dates
 * typed day first (31/03/2026) become ISO (a date that can't be read stays as typed, for
 * the schema to refuse), other text stays as typed. The client validates and the server
 * action submits this same object.
 */
export function payloadFromValues(
  activity: ActivityCode,
  values: EvidenceValues,
): Record<string, unknown> {
  return Object.fromEntries(
    EVIDENCE_FIELDS[activity].map(({ name, kind }) => {
      // Server actions get whatever a client sends: anything but text counts as empty.
      const raw: unknown = values[name];
      const value = typeof raw === "string" ? raw : "";
      return [name, fieldValue(kind, value)];
    }),
  );
}

function fieldValue(kind: EvidenceInputKind, value: string): unknown {
  if (kind === "number") return value.trim() === "" ? 0 : Number(value);
  if (kind === "date") return parseLocalDate(value).iso ?? value;
  return value;
}

/** A stored payload back as form text, to prefill the edit form or show the evidence. */
export function valuesFromPayload(activity: ActivityCode, payload: unknown): EvidenceValues {
  const stored = payload && typeof payload === "object" ? (payload as Record<string, unknown>) : {};
  return Object.fromEntries(
    EVIDENCE_FIELDS[activity].map(({ name }) => {
      const value = stored[name];
      return [name, typeof value === "string" || typeof value === "number" ? String(value) : ""];
    }),
  );
}

/** The form's evidence fields out of a submitted FormData. */
export function valuesFromFormData(activity: ActivityCode, formData: FormData): EvidenceValues {
  return Object.fromEntries(
    EVIDENCE_FIELDS[activity].map(({ name }) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : ""];
    }),
  );
}

/**
 * Which form field an error detail belongs to: the domain names evidence fields
 * `payload.<field>` and files `attachments`.
 */
export function evidenceFieldOfPath(path: string): string {
  const [first = path, second] = path.split(".");
  return first === "payload" && second ? second : first;
}
