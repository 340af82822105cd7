const formatter = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** "3 Mar 2026, 14:05 UTC": one zone for everyone, so server-rendered times never shift. */
export function formatDateTime(iso: string): string {
  return `${formatter.format(new Date(iso))} UTC`;
}
