import type { Formatter } from "./formatter";

/**
 * "3 Mar 2026" / "3 Mar 2026" for a calendar date (`2026-03-03`) or an instant, in the
 * reader's language. An instant is shown in DISPLAY_TIME_ZONE (the formatter's zone); a
 * calendar date is a day, not an instant, so it is read at noon UTC, which is the same
 * day in every zone from UTC−11 to UTC+11 (Jakarta included) and never shifts.
 */
export function formatDate(format: Formatter, value: string | Date): string {
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : format.dateTime(date, "date");
}
