import "server-only";
import { privileged } from "../db/privileged";
import { kajabi_events } from "../db/schema";
import { parseJsonText } from "../http/parse-json-text";
import { authenticateKajabiDelivery } from "./authenticate-kajabi-delivery";
import { processKajabiEvent, type KajabiOutcome } from "./process-kajabi-event";
import { readKajabiPayload } from "./read-kajabi-payload";
import { recordRepeatedDelivery } from "./record-repeated-delivery";

/**
 * `POST /api/kajabi/webhook` (docs/product.md §6): authenticate the delivery by signature
 * or URL token (401, nothing stored), validate the body, signed or native format (400,
 * nothing stored), store it once per event id with how it was authenticated (a repeat is
 * a `duplicate` with no new effect, however many arrive at once), then process it in the
 * same transaction.
 */
export async function receiveKajabiEvent(delivery: {
  rawBody: string;
  signature: string | null;
  token: string | null;
}): Promise<KajabiOutcome> {
  const authMethod = authenticateKajabiDelivery(delivery);
  const body = parseJsonText(delivery.rawBody, "webhook");
  const { eventId } = readKajabiPayload(body);

  return privileged({ system: "kajabi-webhook" }, async (tx) => {
    const [stored] = await tx
      .insert(kajabi_events)
      .values({ id: eventId, payload: body, auth_method: authMethod })
      .onConflictDoNothing({ target: kajabi_events.id })
      .returning();
    if (!stored) {
      await recordRepeatedDelivery(tx, eventId);
      return "duplicate";
    }
    return processKajabiEvent(tx, stored);
  });
}
