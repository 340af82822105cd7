import { isoToLocalDate } from "@/i18n/local-date-input";

/** The admin filters that take a day (typed dd/mm/yyyy, read as ISO). */
export const DATE_FILTERS = ["from", "to"] as const;

interface Issue {
  path: PropertyKey[];
  code: string;
}

/** The filters as the form shows them back: days in the reader's dd/mm/yyyy. */
export function shownFilterValues(
  values: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      (DATE_FILTERS as readonly string[]).includes(name) ? isoToLocalDate(value) : value,
    ]),
  );
}

/**
 * A validation's first problem per field, said in the reader's language: the schemas
 * speak English for the API, so the page words each issue itself. `other` words what
 * is not about a date's shape or order (a range too long, a name too long).
 */
export function filterErrors(
  issues: readonly Issue[],
  dates: { invalid: string; order: string },
  other: (field: string, issue: Issue) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    const isDate = (DATE_FILTERS as readonly string[]).includes(field);
    errors[field] ??=
      isDate && issue.code === "invalid_format"
        ? dates.invalid
        : field === "from" && issue.code === "custom"
          ? dates.order
          : other(field, issue);
  }
  return errors;
}
