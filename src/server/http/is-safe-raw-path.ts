import { hasControlCharacters } from "./has-control-characters";

/**
 * Whether a URL path as sent (still percent-encoded) decodes to well-formed text without
 * control characters. `/u/%E0%A4%A` (broken encoding) and `/api/profiles/%00` (NUL) fail:
 * no page or route of this app has such an address, and passing them on only moves the
 * failure deeper (a 500 from the database or the router).
 */
export function isSafeRawPath(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  return !hasControlCharacters(decoded);
}
