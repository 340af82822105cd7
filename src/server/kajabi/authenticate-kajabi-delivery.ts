import "server-only";
import type { KAJABI_AUTH_METHODS } from "../db/schema";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { verifyKajabiSignature } from "./verify-kajabi-signature";
import { verifyKajabiToken } from "./verify-kajabi-token";

export type KajabiAuthMethod = (typeof KAJABI_AUTH_METHODS)[number];

/**
 * docs/product.md §6: a delivery is Kajabi's when its body carries a valid
 * `X-Kajabi-Signature` (KAJABI_WEBHOOK_SECRET) or its URL the `?token=` of
 * KAJABI_WEBHOOK_TOKEN; either may be configured, or both. 503 when neither is, 401 when
 * neither proof holds. Says which proof held, for the stored event.
 */
export function authenticateKajabiDelivery(delivery: {
  rawBody: string;
  signature: string | null;
  token: string | null;
}): KajabiAuthMethod {
  const { KAJABI_WEBHOOK_SECRET: secret, KAJABI_WEBHOOK_TOKEN: token } = getEnv();
  if (!secret && !token) {
    throw new AppError("SERVICE_UNAVAILABLE", "errors.kajabi.notConfigured");
  }
  if (secret && verifyKajabiSignature(delivery.rawBody, delivery.signature, secret)) return "hmac";
  if (token && verifyKajabiToken(delivery.token, token)) return "token";
  // Which proofs this server accepts: the signature, the token, or either.
  const accepted = secret && token ? "either" : secret ? "signature" : "token";
  throw new AppError("UNAUTHENTICATED", "errors.kajabi.notAuthenticated", {
    values: { accepted },
  });
}
