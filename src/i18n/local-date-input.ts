/**
 * Dates typed in the reader's order. Both our languages write a day as dd/mm/yyyy
 * (en-GB and id-ID), so the admin filters take that, and ISO yyyy-mm-dd still works
 * for links and the API. A stand-in until the shared date field (parse-local-date)
 * replaces it.
 */
const LOCAL_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "31/03/2026" → "2026-03-31"; an ISO date, a blank or undefined unchanged; anything
 * else (including a day that does not exist) unchanged too, so validation names it.
 */
export function localDateToIso(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return value;
  if (ISO_DATE.test(trimmed)) return trimmed;
  const match = LOCAL_DATE.exec(trimmed);
  if (!match) return value;
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : value;
}

/** "2026-03-31" → "31/03/2026", for showing a filter's value back; other text unchanged. */
export function isoToLocalDate(value: string | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return value;
  const [year, month, day] = value.split("-");
  return `${day}/${month}/${year}`;
}

/** The named fields of a query with their dates read as ISO (the others as they are). */
export function withIsoDates<T extends Record<string, string | undefined>>(
  values: T,
  names: readonly string[],
): T {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      names.includes(name) ? localDateToIso(value) : value,
    ]),
  ) as T;
}
