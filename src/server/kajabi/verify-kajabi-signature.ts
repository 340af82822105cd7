import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * `X-Kajabi-Signature` is the hex HMAC-SHA256 of the raw body with the shared secret.
 * Compared in constant time; anything that is not 64 hex digits fails.
 */
export function verifyKajabiSignature(
  rawBody: string,
  signature: string | null,
  secret: string,
): boolean {
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature.trim())) return false;
  const expected = createHmac("sha256", secret).update(rawBody, "utf8").digest();
  return timingSafeEqual(expected, Buffer.from(signature.trim(), "hex"));
}
