import "server-only";
import { getEnv } from "../env";

/**
 * The client's address for rate limits (docs/decisions/010-client-address.md). Only
 * X-Forwarded-For entries appended by our own proxies are believed: with
 * TRUST_PROXY_HOPS=N the N-th entry from the right is the address the outermost trusted
 * proxy saw; everything left of it is whatever the client claimed. With 0 hops the
 * right-most entry is the one Next.js records from the socket: src/proxy.ts removes any
 * X-Forwarded-For the client sent, so that is the only entry. X-Real-IP is never read:
 * without a proxy that overwrites it, any client can set it.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const hops = Math.max(getEnv().TRUST_PROXY_HOPS, 1);
  if (entries.length === 0) return "unknown";
  return entries[Math.max(entries.length - hops, 0)]!;
}
