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
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "The Kajabi webhook is not configured on this server (KAJABI_WEBHOOK_SECRET or KAJABI_WEBHOOK_TOKEN).",
    );
  }
  if (secret && verifyKajabiSignature(delivery.rawBody, delivery.signature, secret)) return "hmac";
  if (token && verifyKajabiToken(delivery.token, token)) return "token";
  const accepted = [
    secret && "an X-Kajabi-Signature header that matches the body",
    token && "the webhook's ?token= in the URL",
  ].filter(Boolean);
  throw new AppError(
    "UNAUTHENTICATED",
    `The request is not authenticated: send ${accepted.join(" or ")}.`,
  );
}
