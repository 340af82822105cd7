const DEFAULT_NEXT = "/dashboard";

// Any origin works for the same-origin check; a reserved name makes it obvious that this
// is not a real address.
const APP_ORIGIN = "https://app.invalid";

// Browsers silently drop tabs and newlines from URLs and turn "\" into "/", so
// "/\t/evil.com" or "/\evil.com" reach another host. Such values are never a path we
// produced ourselves: refuse them outright.
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to go after signing in: `next` when, resolved against this app's origin by the
 * URL parser, it stays on this origin; then only its path and query are kept. Anything
 * else (another host, a scheme, userinfo, control characters) gives the dashboard. Keeps
 * sign-in from becoming an open redirect.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || SUSPICIOUS.test(next)) {
    return DEFAULT_NEXT;
  }
  const path = sameOriginPath(next);
  // Dot segments can leave "//host" behind ("/.//evil.com" → "//evil.com"): check the
  // result once more, as a browser would read it in a Location header.
  return path !== undefined && sameOriginPath(path) === path ? path : DEFAULT_NEXT;
}

function sameOriginPath(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== APP_ORIGIN || url.username || url.password) return undefined;
  if (url.pathname.startsWith("//")) return undefined;
  return `${url.pathname}${url.search}`;
}
