/** Small phrases shared by the audit wordings, in the reader's language. */
import type { AuditKey, AuditLanguage } from "./audit-sentence";

type Meta = Record<string, unknown>;

/** "EXPLORE" → "Explore": the programme's activity names stay as they are in every language. */
export function activityName(code: unknown): string | null {
  return typeof code === "string" && code
    ? `${code.charAt(0)}${code.slice(1).toLowerCase()}`
    : null;
}

/** "role and cohort" from a `{ before, after }` diff; "details" when it names no field. */
export function fieldNames(meta: Meta, say: AuditLanguage): string {
  const fields = isRecord(meta.after) ? Object.keys(meta.after) : [];
  if (fields.length === 0) return say.text("audit.fields.details");
  return say.list(fields.map((field) => fieldWord(field, say)));
}

/** " (name)" after a sentence when the row holds a diff, else nothing. */
export function fieldList(meta: Meta, say: AuditLanguage): string {
  return isRecord(meta.after) ? ` (${fieldNames(meta, say)})` : "";
}

/** A field's name in words, or its code when the catalogue has no word for it. */
export function fieldWord(field: string, say: AuditLanguage): string {
  const key = `audit.fields.${field}` as AuditKey;
  return say.has(key) ? say.text(key) : field;
}

/** "2 credited, 1 unmatched" from Kajabi reprocessing counts. */
export function tally(meta: Meta, say: AuditLanguage): string {
  const parts = Object.entries(meta)
    .filter(([, n]) => typeof n === "number" && n > 0)
    .map(([outcome, n]) =>
      say.text("audit.phrases.tallyItem", {
        count: n as number,
        outcome: kajabiOutcome(outcome, say),
      }),
    );
  return parts.length > 0 ? parts.join(", ") : say.text("audit.phrases.tallyNone");
}

/** A Kajabi outcome ("credited") in words, or its code. */
export function kajabiOutcome(outcome: unknown, say: AuditLanguage): string {
  const key = `audit.kajabiOutcomes.${text(outcome)}` as AuditKey;
  return say.has(key) ? say.text(key) : text(outcome);
}

/** "+50", "−4" (a true minus sign), "0", with the language's digit grouping. */
export function signed(value: unknown, say: AuditLanguage): string {
  const n = number(value);
  const digits = say.number(Math.abs(n));
  return n > 0 ? `+${digits}` : n < 0 ? `−${digits}` : digits;
}

export function number(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

export function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "?";
}

export function isRecord(value: unknown): value is Meta {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
