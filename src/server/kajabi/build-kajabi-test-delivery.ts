import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "../env";
import { AppError } from "../errors";
import type { KajabiAuthMethod } from "./authenticate-kajabi-delivery";
import { signKajabiBody } from "./sign-kajabi-body";

/** The tag of test events: never a course, so a test never gives anyone points. */
export const KAJABI_TEST_TAG = "leaps-webhook-test";

/**
 * A delivery shaped like a native Kajabi `tag_added` hook for a test contact, carrying
 * the proof Kajabi's hooks would carry: the URL token, or (when only the HMAC secret is
 * configured) the signature. The admin's "Send a test event" posts it through the real
 * endpoint.
 */
export function buildKajabiTestDelivery(): {
  eventId: string;
  authMethod: KajabiAuthMethod;
  path: string;
  headers: Record<string, string>;
  body: string;
} {
  const { KAJABI_WEBHOOK_TOKEN: token, KAJABI_WEBHOOK_SECRET: secret } = getEnv();
  if (!token && !secret) {
    throw new AppError("SERVICE_UNAVAILABLE", "errors.kajabi.testNotConfigured");
  }
  const eventId = `leaps-test-${randomUUID()}`;
  const body = JSON.stringify({
    id: eventId,
    event: "tag_added",
    payload: [
      {
        id: "leaps-test-contact",
        type: "contacts",
        attributes: { name: "LEAPS Test Contact", email: "kajabi-test@leaps.invalid" },
      },
      { id: "leaps-test-tag", type: "contact_tags", attributes: { name: KAJABI_TEST_TAG } },
    ],
  });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) {
    return {
      eventId,
      authMethod: "token",
      path: `/api/kajabi/webhook?token=${encodeURIComponent(token)}`,
      headers,
      body,
    };
  }
  headers["x-kajabi-signature"] = signKajabiBody(body, secret!);
  return { eventId, authMethod: "hmac", path: "/api/kajabi/webhook", headers, body };
}
