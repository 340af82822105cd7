/**
 * Where to go after signing in: the `next` parameter when it is a path on this site
 * ("/…", but not "//host" or "/\host", which browsers treat as another site), else the
 * dashboard. Keeps sign-in from becoming an open redirect.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string") return "/dashboard";
  const onThisSite = next.startsWith("/") && !next.startsWith("//") && !next.includes("\\");
  return onThisSite ? next : "/dashboard";
}
