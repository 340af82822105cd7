const formatter = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * "3 Mar 2026" for a calendar date (`2026-03-03`) or an ISO time, read in UTC like
 * formatDateTime, so a date never shifts by a day between server and reader.
 */
export function formatDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : formatter.format(date);
}
