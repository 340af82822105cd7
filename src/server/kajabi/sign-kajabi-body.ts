import "server-only";
import { createHmac } from "node:crypto";

/** The `X-Kajabi-Signature` of a body: its hex HMAC-SHA256 with the shared secret. */
export function signKajabiBody(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex");
}
