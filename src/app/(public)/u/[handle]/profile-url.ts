import "server-only";
import { requestOrigin } from "@/server/http/request-origin";

/** The absolute address of a profile as the visitor reached it, for og:url. */
export async function profileUrl(handle: string): Promise<string> {
  return `${await requestOrigin()}/u/${handle}`;
}
