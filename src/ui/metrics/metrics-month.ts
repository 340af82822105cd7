import type { Formatter } from "@/ui/format/formatter";

/**
 * "2026-03" → "March 2026" and "Mar" ("Maret 2026" and "Mar" in Indonesian). The database
 * groups months in UTC; the day is read at noon on the 15th, which is the same month in
 * every time zone, so DISPLAY_TIME_ZONE never moves a label into the next month.
 */
export function monthLabels(
  format: Formatter,
  month: string,
): { label: string; shortLabel: string } {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return { label: month, shortLabel: month };
  return {
    label: format.dateTime(date, { month: "long", year: "numeric" }),
    shortLabel: format.dateTime(date, { month: "short" }),
  };
}
