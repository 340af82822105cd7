import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/** Longer than any configured token may be (src/server/env.ts); refused before hashing. */
const MAX_TOKEN_LENGTH = 256;

/**
 * The `?token=` of a native Kajabi hook against KAJABI_WEBHOOK_TOKEN. Both sides are
 * hashed first, so the constant-time compare sees equal lengths and the time taken says
 * nothing about the token's length either.
 */
export function verifyKajabiToken(token: string | null, expected: string): boolean {
  if (!token || token.length > MAX_TOKEN_LENGTH) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(token), digest(expected));
}
