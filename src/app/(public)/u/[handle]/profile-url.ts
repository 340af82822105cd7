import "server-only";
import { headers } from "next/headers";

/** The absolute address of a profile as the visitor reached it, for og:url. */
export async function profileUrl(handle: string): Promise<string> {
  const requestHeaders = await headers();
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const host =
    requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() ||
    requestHeaders.get("host") ||
    "localhost";
  return `${protocol}://${host}/u/${handle}`;
}
