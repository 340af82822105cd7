/**
 * The origin a visitor reached the app at ("https://leaps.example"), from the request's
 * headers: the first X-Forwarded-Proto / X-Forwarded-Host a proxy set, else Host.
 */
export function originFromHeaders(headers: Headers): string {
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const host =
    headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost";
  return `${protocol}://${host}`;
}
