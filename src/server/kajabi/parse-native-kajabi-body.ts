import { z, ZodError } from "zod";
import { AppError } from "../errors";
import { fieldProblem } from "@/server/messages/error-text";
import type { KajabiDelivery } from "./kajabi-event";

const identifier = (max: number) =>
  z.union([z.string().trim().min(1).max(max), z.number().int().nonnegative()]).transform(String);

/** What a Kajabi hook POSTs: the event's id and name, and the JSON:API resources it concerns. */
export const nativeKajabiEnvelope = z.object({
  id: identifier(200),
  event: z.string().trim().min(1).max(100),
  payload: z.array(z.unknown()).max(50),
});

// Only what crediting needs is checked; Kajabi's other attributes (addresses, phone,
// custom fields, relationships, nulls) are kept in the stored body and never read.
const contactResource = z.object({
  id: identifier(100),
  attributes: z.object({
    email: z.string().trim().max(254).pipe(z.email()),
    name: z.string().max(400).nullish(),
  }),
});
const tagResource = z.object({
  attributes: z.object({ name: z.string().trim().min(1).max(200) }),
});

const TAG_EVENTS = { tag_added: "tag.added", tag_removed: "tag.removed" } as const;

/**
 * A native Kajabi delivery (docs/product.md §6) read as the signed body's event:
 * `tag_added` / `tag_removed` need a `contacts` and a `contact_tags` resource; any other
 * event is only an id and a name, stored and ignored.
 */
export function parseNativeKajabiBody(body: unknown): KajabiDelivery {
  const { id, event, payload } = nativeKajabiEnvelope.parse(body);
  if (!(event in TAG_EVENTS)) return { eventId: id, name: event, event: null };
  const contact = resourceOf(payload, "contacts", contactResource);
  const tag = resourceOf(payload, "contact_tags", tagResource);
  const [firstName, ...rest] = (contact.attributes.name ?? "").trim().split(/\s+/);
  return {
    eventId: id,
    name: event,
    event: {
      event_id: id,
      event_type: TAG_EVENTS[event as keyof typeof TAG_EVENTS],
      contact: {
        id: contact.id,
        email: contact.attributes.email,
        first_name: firstName || null,
        last_name: rest.join(" ") || null,
      },
      tag: { name: tag.attributes.name },
    },
  };
}

/** The first resource of a type, validated; its problems reported at their place in the body. */
function resourceOf<T>(payload: unknown[], type: string, schema: z.ZodType<T>): T {
  const index = payload.findIndex(
    (item) =>
      typeof item === "object" && item !== null && (item as { type?: unknown }).type === type,
  );
  if (index < 0) {
    throw new AppError("VALIDATION_FAILED", "errors.kajabi.missingResource", {
      values: { type },
      details: [fieldProblem("payload", "errors.kajabi.resourceRequired", { type })],
    });
  }
  const result = schema.safeParse(payload[index]);
  if (result.success) return result.data;
  throw new ZodError(
    result.error.issues.map((issue) => ({ ...issue, path: ["payload", index, ...issue.path] })),
  );
}
