// Per-person settings and account tokens the product adds beyond the schema document
// (docs/product.md §2, §8, §13, §14). They live beside `users` instead of in it so the
// schema document's table stays exactly as written. A person without a settings row has
// the defaults: email not verified, public profile, programme mails on, no saved language.
import { boolean, index, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { createdAt, generatedId, relation, timestamptz } from "./columns";
import { users } from "./users";

export const account_settings = pgTable(
  "account_settings",
  {
    user_id: text("user_id").notNull(),
    /** When the current email was proven (local: the mailed link; Clerk: Clerk's status). */
    email_verified_at: timestamptz("email_verified_at"),
    /** Off: absent from leaderboards, search and profile pages; points still count. */
    public_profile: boolean("public_profile").default(true).notNull(),
    /** Off: no programme notifications (review outcomes, badges, Kajabi credit). */
    programme_emails: boolean("programme_emails").default(true).notNull(),
    /** `en` or `id`; the language of the person's mails. Null: not chosen yet. */
    locale: text("locale"),
    updated_at: timestamptz("updated_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "account_settings_pkey", columns: [t.user_id] }),
    relation("account_settings_user_id_fkey", t.user_id, users.id, "cascade"),
  ],
);

/**
 * Single-use tokens mailed to a person (verify the email, reset the password, confirm a
 * deletion). Only the SHA-256 of the token is stored; `email` is the address it was sent
 * to, so a token stops working when the account's email changes.
 */
export const account_tokens = pgTable(
  "account_tokens",
  {
    id: generatedId(),
    user_id: text("user_id").notNull(),
    purpose: text("purpose").notNull(),
    token_hash: text("token_hash").notNull(),
    email: text("email").notNull(),
    expires_at: timestamptz("expires_at").notNull(),
    used_at: timestamptz("used_at"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "account_tokens_pkey", columns: [t.id] }),
    relation("account_tokens_user_id_fkey", t.user_id, users.id, "cascade"),
    unique("account_tokens_token_hash_key").on(t.token_hash),
    index("account_tokens_user_id_purpose_idx").on(t.user_id, t.purpose),
  ],
);
