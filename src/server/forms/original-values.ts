/**
 * The values an edit form was rendered with travel back in hidden `original.<field>`
 * inputs, so the server can tell what the person changed from what they left alone.
 * Safe to import from client components: it holds no server code.
 */
export const ORIGINAL_PREFIX = "original.";

/** The `original.<field>` inputs of a submitted form, by field name. */
export function originalValues(formData: FormData): Record<string, string> {
  const originals: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith(ORIGINAL_PREFIX) && typeof value === "string") {
      originals[name.slice(ORIGINAL_PREFIX.length)] = value;
    }
  }
  return originals;
}
