import { mail_outbox } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import type { MailLocale, MailTemplate } from "./mail-template";
import { mailContextBase } from "./mail-context";

export type MailRecipient = {
  /** The recipient's account; null for an address with no account. */
  userId: string | null;
  to: string;
  locale: MailLocale;
};

/**
 * Queues a message in the caller's transaction: it is sent only if that transaction
 * commits. A `dedupeKey` makes the event's message unique, so a retried or raced event
 * queues it once (the later insert is skipped). Returns whether a row was queued.
 */
export async function enqueueMail<Data>(
  tx: Tx,
  template: MailTemplate<Data>,
  data: Data,
  recipient: MailRecipient,
  options: { dedupeKey?: string } = {},
): Promise<boolean> {
  const rendered = template.render(data, { ...mailContextBase(), locale: recipient.locale });
  const rows = await tx
    .insert(mail_outbox)
    .values({
      user_id: recipient.userId,
      to_address: recipient.to,
      category: template.category,
      template: template.name,
      locale: recipient.locale,
      subject: rendered.subject,
      text_body: rendered.text,
      html_body: rendered.html,
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: mail_outbox.dedupe_key })
    .returning({ id: mail_outbox.id });
  return rows.length > 0;
}
