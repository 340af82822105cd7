import "server-only";
import { timingSafeEqual } from "node:crypto";
import { signKajabiBody } from "./sign-kajabi-body";

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
  const expected = Buffer.from(signKajabiBody(rawBody, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(signature.trim(), "hex"));
}
