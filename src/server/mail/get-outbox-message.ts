import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { mail_outbox } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { toOutboxItem, type OutboxItem } from "./to-outbox-item";

export type OutboxMessage = OutboxItem & {
  text: string;
  html: string;
  headers: Record<string, string>;
};

/** One outbox message as it was (or will be) sent, for the admin's message view. Admins, under RLS. */
export async function getOutboxMessage(actor: UserRow, id: string): Promise<OutboxMessage> {
  const [row] = await withUser(dbSession(actor), (tx) =>
    tx.select().from(mail_outbox).where(eq(mail_outbox.id, id)),
  );
  if (!row) throw new AppError("NOT_FOUND", "errors.mail.notFound");
  return {
    ...toOutboxItem(row),
    text: row.text_body,
    html: row.html_body,
    headers: (row.headers ?? {}) as Record<string, string>,
  };
}
