import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "./origin-from-headers";

/**
 * The origin the visitor reached the page at ("https://leaps.example"), for absolute links
 * in shared-link previews (og:url, og:image).
 */
export async function requestOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}
