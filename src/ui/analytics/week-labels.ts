import { formatDate } from "@/ui/format/format-date";
import type { Formatter } from "@/ui/format/formatter";

/**
 * A week's Monday ("2026-03-02", a UTC day as the database groups them) as "2 Mar 2026"
 * for tables and "2 Mar" under a chart's columns, in the reader's language. Read at noon
 * UTC (formatDate's rule), so the day never shifts in DISPLAY_TIME_ZONE.
 */
export function weekLabels(format: Formatter, week: string): { day: string; shortLabel: string } {
  const date = new Date(`${week}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return { day: week, shortLabel: week };
  return { day: formatDate(format, week), shortLabel: format.dateTime(date, "dayMonth") };
}
