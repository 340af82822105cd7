import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import {
  audit_log,
  KAJABI_OUTCOMES,
  kajabi_event_results,
  kajabi_events,
  users,
} from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import type { KajabiAuthMethod } from "./authenticate-kajabi-delivery";
import { readKajabiPayload } from "./read-kajabi-payload";
import { KAJABI_ACTOR } from "./process-kajabi-event";

export const listKajabiEventsInput = z.object({
  status: z.enum(KAJABI_OUTCOMES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListKajabiEventsInput = z.input<typeof listKajabiEventsInput>;

export interface KajabiEventDto {
  id: string;
  receivedAt: string;
  processedAt: string | null;
  userMatch: string | null;
  /** The matched user's name and handle (null when unmatched or the user is gone). */
  matchedUser: { id: string; name: string; handle: string } | null;
  status: string;
  points: number;
  reason: string | null;
  /** Which proof the delivery carried; null only for rows written outside the webhook. */
  authMethod: KajabiAuthMethod | null;
  /** Read from either body format (signed or native); null where the body has none. */
  eventType: string | null;
  tag: string | null;
  contactEmail: string | null;
  contactId: string | null;
  payload: unknown;
}

/**
 * The admin queue: newest first, filtered by outcome, with counts per outcome and the
 * number of repeated deliveries (event ids already stored, answered `duplicate` and not
 * stored again; recordRepeatedDelivery). Admins, under RLS.
 */
export async function listKajabiEvents(actor: UserRow, rawInput: ListKajabiEventsInput) {
  const input = listKajabiEventsInput.parse(rawInput);
  const where = input.status ? eq(kajabi_event_results.status, input.status) : undefined;
  return withUser(dbSession(actor), async (tx) => {
    const rows = await tx
      .select({
        event: kajabi_events,
        result: kajabi_event_results,
        user: { id: users.id, name: users.name, handle: users.handle },
      })
      .from(kajabi_events)
      .innerJoin(kajabi_event_results, eq(kajabi_event_results.event_id, kajabi_events.id))
      .leftJoin(users, eq(users.id, kajabi_events.user_match))
      .where(where)
      .orderBy(desc(kajabi_events.received_at), desc(kajabi_events.id))
      .limit(input.limit)
      .offset(input.offset);
    const perStatus = await tx
      .select({ status: kajabi_event_results.status, n: count() })
      .from(kajabi_event_results)
      .groupBy(kajabi_event_results.status);
    const counts = Object.fromEntries(KAJABI_OUTCOMES.map((status) => [status, 0])) as Record<
      string,
      number
    >;
    for (const row of perStatus) counts[row.status] = row.n;
    const [repeated] = await tx
      .select({ n: count() })
      .from(audit_log)
      .where(and(eq(audit_log.actor_id, KAJABI_ACTOR), eq(audit_log.action, "kajabi.duplicate")));
    const total = input.status
      ? counts[input.status]!
      : Object.values(counts).reduce((a, b) => a + b, 0);
    const items: KajabiEventDto[] = rows.map(({ event, result, user }) => ({
      id: event.id,
      receivedAt: event.received_at.toISOString(),
      processedAt: event.processed_at?.toISOString() ?? null,
      userMatch: event.user_match,
      matchedUser: user,
      status: result.status,
      points: result.points,
      reason: result.reason,
      authMethod: event.auth_method,
      ...summary(event.payload),
      payload: event.payload,
    }));
    return {
      items,
      total,
      limit: input.limit,
      offset: input.offset,
      counts,
      repeatedDeliveries: repeated?.n ?? 0,
    };
  });
}

function summary(payload: unknown) {
  try {
    const { name, event } = readKajabiPayload(payload);
    return {
      eventType: name,
      tag: event?.tag.name ?? null,
      contactEmail: event?.contact.email ?? null,
      contactId: event?.contact.id ?? null,
    };
  } catch {
    return { eventType: null, tag: null, contactEmail: null, contactId: null };
  }
}
