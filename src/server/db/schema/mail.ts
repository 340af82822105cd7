// The mail outbox (docs/product.md §13). A message is inserted in the transaction of the
// event that causes it and rendered then (subject and bodies in the recipient's language),
// so a rolled-back event sends nothing and /admin/mail shows exactly what went out.
import { index, integer, jsonb, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { createdAt, generatedId, relation, timestamptz } from "./columns";
import { users } from "./users";

export const mail_outbox = pgTable(
  "mail_outbox",
  {
    id: generatedId(),
    /** The recipient's account, when there is one; kept when the account is anonymised. */
    user_id: text("user_id"),
    to_address: text("to_address").notNull(),
    /** `account` mails always go; `notification` mails respect the person's setting. */
    category: text("category").notNull(),
    template: text("template").notNull(),
    locale: text("locale").default("en").notNull(),
    subject: text("subject").notNull(),
    text_body: text("text_body").notNull(),
    html_body: text("html_body").notNull(),
    /** Extra headers, e.g. List-Unsubscribe for notifications. */
    headers: jsonb("headers").default({}).notNull(),
    /** One message per event even when the event is retried or raced (e.g. `review:<id>`). */
    dedupe_key: text("dedupe_key"),
    /** `pending` (due at next_attempt_at), `sent` (the server accepted it) or `failed` (gave up). */
    status: text("status").default("pending").notNull(),
    attempts: integer("attempts").default(0).notNull(),
    next_attempt_at: timestamptz("next_attempt_at").defaultNow().notNull(),
    last_attempt_at: timestamptz("last_attempt_at"),
    last_error: text("last_error"),
    sent_at: timestamptz("sent_at"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "mail_outbox_pkey", columns: [t.id] }),
    relation("mail_outbox_user_id_fkey", t.user_id, users.id, "set null"),
    unique("mail_outbox_dedupe_key_key").on(t.dedupe_key),
    index("mail_outbox_status_next_attempt_at_idx").on(t.status, t.next_attempt_at),
    index("mail_outbox_user_id_idx").on(t.user_id),
    index("mail_outbox_created_at_idx").on(t.created_at),
  ],
);
