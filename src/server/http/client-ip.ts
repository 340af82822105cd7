import "server-only";

/**
 * The client's address for rate limits: the right-most X-Forwarded-For entry (the one
 * our own proxy appended; left-most entries are whatever the client claimed), else
 * X-Real-IP, else "unknown" (all such requests then share one budget).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
