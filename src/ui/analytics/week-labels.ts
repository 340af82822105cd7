const long = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "2026-03-02" → "Week of 2 March 2026" and "2 Mar", read in UTC like the database. */
export function weekLabels(week: string): { label: string; shortLabel: string } {
  const date = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return { label: week, shortLabel: week };
  return { label: `Week of ${long.format(date)}`, shortLabel: short.format(date) };
}

/** "2026-03-02" → "2 March 2026". */
export function dayLabel(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : long.format(date);
}
