import { eq } from "drizzle-orm";
import { account_settings, mail_outbox } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import type { MailLocale, MailTemplate } from "./mail-template";
import { mailContextBase } from "./mail-context";
import { createUnsubscribeToken } from "./create-unsubscribe-token";

export type MailRecipient = {
  /** The recipient's account; null for an address with no account. */
  userId: string | null;
  to: string;
  locale: MailLocale;
};

/**
 * Queues a message in the caller's transaction: it is sent only if that transaction
 * commits. A `dedupeKey` makes the event's message unique, so a retried or raced event
 * queues it once (the later insert is skipped). Notifications (docs/product.md §13) are
 * skipped for a person who turned programme emails off, and carry a one-click
 * List-Unsubscribe link bound to a fresh token; account mails always go.
 * Returns whether a row was queued.
 */
export async function enqueueMail<Data>(
  tx: Tx,
  template: MailTemplate<Data>,
  data: Data,
  recipient: MailRecipient,
  options: { dedupeKey?: string } = {},
): Promise<boolean> {
  const base = mailContextBase();
  let headers: Record<string, string> = {};
  if (template.category === "notification" && recipient.userId) {
    const [settings] = await tx
      .select({ on: account_settings.programme_emails })
      .from(account_settings)
      .where(eq(account_settings.user_id, recipient.userId));
    if (settings && !settings.on) return false;
    const token = await createUnsubscribeToken(tx, recipient.userId, recipient.to);
    headers = {
      "List-Unsubscribe": `<${base.appUrl}/api/unsubscribe?token=${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    };
  }
  const rendered = template.render(data, { ...base, locale: recipient.locale });
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
      headers,
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: mail_outbox.dedupe_key })
    .returning({ id: mail_outbox.id });
  return rows.length > 0;
}
