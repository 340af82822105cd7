/**
 * A number typed into a form: undefined when left blank, the integer when it is one, and
 * NaN for anything else, so the action can say "enter a whole number" before any
 * domain rule is asked.
 */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^[+-]?\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
