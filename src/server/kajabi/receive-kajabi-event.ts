import "server-only";
import { privileged } from "../db/privileged";
import { kajabi_events } from "../db/schema";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { parseJsonText } from "../http/parse-json-text";
import { kajabiEvent } from "./kajabi-event";
import { processKajabiEvent, type KajabiOutcome } from "./process-kajabi-event";
import { recordRepeatedDelivery } from "./record-repeated-delivery";
import { verifyKajabiSignature } from "./verify-kajabi-signature";

/**
 * `POST /api/kajabi/webhook` (docs/product.md §6): authenticate the raw body (401, nothing stored),
 * validate it (400, nothing stored), store it once per event_id (a repeat is a
 * `duplicate` with no new effect, however many arrive at once), then process it in the
 * same transaction.
 */
export async function receiveKajabiEvent(
  rawBody: string,
  signature: string | null,
): Promise<KajabiOutcome> {
  const secret = getEnv().KAJABI_WEBHOOK_SECRET;
  if (!secret) {
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "The Kajabi webhook is not configured on this server (KAJABI_WEBHOOK_SECRET).",
    );
  }
  if (!verifyKajabiSignature(rawBody, signature, secret)) {
    throw new AppError(
      "UNAUTHENTICATED",
      "The X-Kajabi-Signature header is missing or does not match the body.",
    );
  }
  const body = parseJsonText(rawBody, "The webhook body");
  const event = kajabiEvent.parse(body);

  return privileged({ system: "kajabi-webhook" }, async (tx) => {
    const [stored] = await tx
      .insert(kajabi_events)
      .values({ id: event.event_id, payload: body })
      .onConflictDoNothing({ target: kajabi_events.id })
      .returning();
    if (!stored) {
      await recordRepeatedDelivery(tx, event.event_id);
      return "duplicate";
    }
    return processKajabiEvent(tx, stored);
  });
}
