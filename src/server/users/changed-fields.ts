/**
 * `{ before, after }` with only the fields that differ, for audit rows; null when
 * nothing changed. Dates compare by instant.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } | null {
  const changed = (Object.keys(after) as (keyof T)[]).filter(
    (key) => !same(before[key], after[key]),
  );
  if (changed.length === 0) return null;
  const pick = (row: T) => Object.fromEntries(changed.map((key) => [key, row[key]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
