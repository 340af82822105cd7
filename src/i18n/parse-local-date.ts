/**
 * Dates typed into forms. Both languages write the day first (en-GB and id-ID:
 * 31/03/2026), but a native date input shows the browser's order, which may be the US
 * month/day; so date fields are text inputs read here. Accepted: d/m/yyyy with "/", "-"
 * or "." between the parts, and ISO yyyy-mm-dd (what the server stores and sends back).
 * Pure, so the browser and the server read a date the same way.
 */

export type LocalDateProblem = "empty" | "format" | "impossible" | "tooEarly" | "tooLate";

export type LocalDateResult =
  { iso: string; problem?: never } | { iso?: never; problem: LocalDateProblem };

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The ISO date (`2026-03-31`) a person typed, or why it is not one. */
export function parseLocalDate(text: string): LocalDateResult {
  const value = text.trim();
  if (value === "") return { problem: "empty" };
  const dayFirst = DAY_FIRST.exec(value);
  const iso = ISO.exec(value);
  const parts = dayFirst
    ? { day: dayFirst[1]!, month: dayFirst[3]!, year: dayFirst[4]! }
    : iso
      ? { year: iso[1]!, month: iso[2]!, day: iso[3]! }
      : null;
  if (!parts) return { problem: "format" };
  const result = `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
  return existingDate(result) ? { iso: result } : { problem: "impossible" };
}

/** parseLocalDate, then the field's bounds (ISO, inclusive) when it has any. */
export function checkLocalDate(
  text: string,
  bounds: { min?: string; max?: string } = {},
): LocalDateResult {
  const parsed = parseLocalDate(text);
  if (parsed.iso === undefined) return parsed;
  if (bounds.min !== undefined && parsed.iso < bounds.min) return { problem: "tooEarly" };
  if (bounds.max !== undefined && parsed.iso > bounds.max) return { problem: "tooLate" };
  return parsed;
}

/**
 * An ISO date as a date field shows it (`2026-03-31` → `31/03/2026`): day, month, year,
 * the order of both languages. Anything else is returned as it is (text being typed).
 */
export function localDateText(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}

/** Whether `yyyy-mm-dd` names a day of the calendar (no 31 April, no 29 February 2026). */
function existingDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
