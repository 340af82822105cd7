const long = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const short = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "2026-03" → "March 2026" and "Mar", read in UTC like the database groups them. */
export function monthLabels(month: string): { label: string; shortLabel: string } {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return { label: month, shortLabel: month };
  return { label: long.format(date), shortLabel: short.format(date) };
}
