/** Small phrases shared by the audit wordings. */

type Meta = Record<string, unknown>;

/** "Explore evidence", "Learn points"; just the noun when the activity is not known. */
export function evidenceOf(code: unknown, noun: string): string {
  return typeof code === "string" && code
    ? `${code.charAt(0)}${code.slice(1).toLowerCase()} ${noun}`
    : noun;
}

/** "role and cohort" from a `{ before, after }` diff. */
export function fieldNames(meta: Meta): string {
  const fields = isRecord(meta.after) ? Object.keys(meta.after) : [];
  const words = fields.map((field) => FIELD_WORDS[field] ?? field);
  if (words.length === 0) return "details";
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function fieldList(meta: Meta): string {
  return isRecord(meta.after) ? ` (${fieldNames(meta)})` : "";
}

const FIELD_WORDS: Record<string, string> = {
  default_points: "default points",
  kajabi_contact_id: "Kajabi contact id",
  avatar_url: "avatar",
  icon_url: "icon",
};

export function tally(meta: Meta): string {
  const parts = Object.entries(meta)
    .filter(([, n]) => typeof n === "number" && n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`);
  return parts.length > 0 ? parts.join(", ") : "none waiting";
}

export function signed(value: unknown): string {
  const n = number(value);
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
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
