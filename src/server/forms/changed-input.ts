import "server-only";

/**
 * A form's input reduced to the fields the person changed: a field whose submitted value
 * equals the one the form was rendered with is dropped, so a save never writes back a
 * stale value of a field left alone (another admin may have changed it since). Returns
 * too the rendered values of the fields that remain, for a check that nobody else
 * changed them meanwhile. Input that is not a plain object, or no rendered values, is
 * returned as it is.
 */
export function changedInput(
  raw: unknown,
  rendered: unknown,
): { changed: unknown; original?: Record<string, unknown> } {
  if (!isPlainObject(raw) || !isPlainObject(rendered)) return { changed: raw };
  const changed: Record<string, unknown> = {};
  const original: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (!(field in rendered)) {
      changed[field] = value;
    } else if (!sameValue(value, rendered[field])) {
      changed[field] = value;
      original[field] = rendered[field];
    }
  }
  return { changed, original };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Form input is plain data built the same way on both sides, so JSON compares it. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
