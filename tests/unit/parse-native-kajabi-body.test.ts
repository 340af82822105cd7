/** Kajabi's native hook bodies read as the webhook's event (docs/product.md §6). */
import { describe, expect, test } from "vitest";
import { parseNativeKajabiBody } from "../../src/server/kajabi/parse-native-kajabi-body";

const body = (contact: Record<string, unknown>, event = "tag_added") => ({
  id: 42,
  event,
  payload: [
    { id: "1", type: "sites" },
    { id: 98765, type: "contacts", attributes: { email: " Sari@Example.org ", ...contact } },
    { id: "7", type: "contact_tags", attributes: { name: "elevate-ai-1-completed" } },
  ],
});

describe("parseNativeKajabiBody", () => {
  test.each([
    ["Sari Virtanen", "Sari", "Virtanen"],
    ["  Anna  Maria van  Dijk ", "Anna", "Maria van Dijk"],
    ["Cher", "Cher", null],
    [null, null, null],
    ["", null, null],
  ])("the name %j becomes first %j, last %j", (name, first, last) => {
    const { event } = parseNativeKajabiBody(body({ name }));
    expect(event?.contact).toEqual({
      id: "98765",
      email: "Sari@Example.org",
      first_name: first,
      last_name: last,
    });
  });

  test("tag_removed maps to tag.removed; ids become text", () => {
    expect(parseNativeKajabiBody(body({}, "tag_removed"))).toMatchObject({
      eventId: "42",
      name: "tag_removed",
      event: { event_id: "42", event_type: "tag.removed", tag: { name: "elevate-ai-1-completed" } },
    });
  });

  test("another event is only its id and name, whatever its resources", () => {
    expect(parseNativeKajabiBody({ id: "p1", event: "purchase", payload: [{}] })).toEqual({
      eventId: "p1",
      name: "purchase",
      event: null,
    });
  });
});
