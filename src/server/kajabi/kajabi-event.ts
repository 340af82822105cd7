import { z } from "zod";

/** The webhook body of docs/product.md §6. Unknown extra fields are kept in the stored payload. */
export const kajabiEvent = z.object({
  event_id: z.string().trim().min(1).max(200),
  event_type: z.enum(["contact.tagged", "tag.added", "tag.removed"]),
  created_at: z.iso.datetime({ offset: true }).optional(),
  contact: z.object({
    id: z
      .union([z.string().trim().min(1).max(100), z.number().int().nonnegative()])
      .transform(String),
    email: z.string().trim().max(254).pipe(z.email()),
    first_name: z.string().max(200).nullish(),
    last_name: z.string().max(200).nullish(),
  }),
  tag: z.object({ name: z.string().trim().min(1).max(200) }),
});
export type KajabiEvent = z.infer<typeof kajabiEvent>;

/** Tags compare trimmed and lower-cased (docs/product.md §6). */
export function normaliseTag(name: string): string {
  return name.trim().toLowerCase();
}

export interface KajabiDelivery {
  /** The stored event's id: `event_id` of a signed body, `id` of a native one. */
  eventId: string;
  /** `event_type` of a signed body, Kajabi's `event` name of a native one. */
  name: string;
  /** The tag change to process; null for native events that are not tag changes. */
  event: KajabiEvent | null;
}
