const LOCAL_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date filter as people type it, day first (dd/mm/yyyy: the order of both languages we
 * speak, with "/", "." or "-"), or as a URL or an API carries it (yyyy-mm-dd): the
 * calendar date as yyyy-mm-dd, or undefined when it is neither or no such day exists
 * (31/02/2026). A stand-in until the shared local-date parser replaces it.
 */
export function parseFilterDate(text: string): string | undefined {
  const trimmed = text.trim();
  const local = LOCAL_DATE.exec(trimmed);
  const iso = local ? undefined : ISO_DATE.exec(trimmed);
  const [day, month, year] = local
    ? [local[1], local[2], local[3]]
    : iso
      ? [iso[3], iso[2], iso[1]]
      : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return exists ? date.toISOString().slice(0, 10) : undefined;
}

/** A date filter as the field shows it: dd/mm/yyyy when it is a date, else as typed. */
export function showFilterDate(value: string | undefined): string | undefined {
  const iso = value === undefined ? undefined : parseFilterDate(value);
  if (iso === undefined) return value;
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
