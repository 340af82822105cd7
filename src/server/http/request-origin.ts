import "server-only";
import { headers } from "next/headers";

/**
 * The origin the visitor reached the page at ("https://leaps.example"), for absolute links
 * in shared-link previews (og:url, og:image).
 */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const host =
    requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() ||
    requestHeaders.get("host") ||
    "localhost";
  return `${protocol}://${host}`;
}
