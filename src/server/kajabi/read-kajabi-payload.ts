import { kajabiEvent, type KajabiDelivery } from "./kajabi-event";
import { parseNativeKajabiBody } from "./parse-native-kajabi-body";

/**
 * Reads either body the webhook accepts (docs/product.md §6), whichever authentication
 * it came with: a body with `event_type` is the signed format, one with Kajabi's `event`
 * or `payload` (and no `event_type`) is a native hook's. Throws a 400 error otherwise.
 */
export function readKajabiPayload(body: unknown): KajabiDelivery {
  const record = typeof body === "object" && body !== null && !Array.isArray(body) ? body : {};
  if (!("event_type" in record) && ("event" in record || "payload" in record))
    return parseNativeKajabiBody(body);
  const event = kajabiEvent.parse(body);
  return { eventId: event.event_id, name: event.event_type, event };
}
