import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { dbSession } from "../db/db-session";
import { mail_outbox } from "../db/schema";
import { searchAcross } from "../db/search-across";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { toOutboxItem, type OutboxItem } from "./to-outbox-item";

export type { OutboxItem };

export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;

export const listOutboxInput = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListOutboxInput = z.input<typeof listOutboxInput>;

/**
 * The outbox for /admin/mail (docs/product.md §13): newest first, by status and a search over
 * recipient and subject, with the count of each status. Admins, under RLS.
 */
export async function listOutbox(actor: UserRow, rawInput: ListOutboxInput) {
  const input = listOutboxInput.parse(rawInput);
  const where = and(
    input.status ? eq(mail_outbox.status, input.status) : undefined,
    searchAcross(input.q, [mail_outbox.to_address, mail_outbox.subject]),
  );
  return withUser(dbSession(actor), async (tx) => {
    const rows = await tx
      .select()
      .from(mail_outbox)
      .where(where)
      .orderBy(desc(mail_outbox.created_at), desc(mail_outbox.id))
      .limit(input.limit)
      .offset(input.offset);
    const [filtered] = await tx.select({ n: count() }).from(mail_outbox).where(where);
    const perStatus = await tx
      .select({ status: mail_outbox.status, n: count() })
      .from(mail_outbox)
      .groupBy(mail_outbox.status);
    const counts = { pending: 0, sent: 0, failed: 0 } as Record<string, number>;
    for (const row of perStatus) counts[row.status] = row.n;
    return {
      items: rows.map(toOutboxItem),
      total: filtered?.n ?? 0,
      offset: input.offset,
      counts,
    };
  });
}
