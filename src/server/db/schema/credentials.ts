import { index, integer, jsonb, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { badges } from "./badges";
import { generatedId, relation, timestamptz } from "./columns";
import { users } from "./users";

/**
 * Open Badges 3.0 credentials (docs/product.md §15), one per earned badge, signed once at
 * award time. No foreign key to earned_badges: revoking a badge deletes that row, while
 * the credential stays, marked revoked, so its page and status list still answer.
 */
export const badge_credentials = pgTable(
  "badge_credentials",
  {
    id: generatedId(),
    earned_badge_id: text("earned_badge_id"),
    user_id: text("user_id").notNull(),
    badge_code: text("badge_code").notNull(),
    /** Position in the revocation Bitstring Status List (list = index / list length). */
    status_index: integer("status_index").generatedAlwaysAsIdentity({ startWith: 0, minValue: 0 }),
    /** The signed OpenBadgeCredential as issued. */
    credential: jsonb("credential").notNull(),
    /** The verificationMethod that signed it (old keys stay published for it). */
    key_id: text("key_id").notNull(),
    issued_at: timestamptz("issued_at").defaultNow().notNull(),
    revoked_at: timestamptz("revoked_at"),
  },
  (t) => [
    primaryKey({ name: "badge_credentials_pkey", columns: [t.id] }),
    relation("badge_credentials_user_id_fkey", t.user_id, users.id, "cascade"),
    relation("badge_credentials_badge_code_fkey", t.badge_code, badges.code, "restrict"),
    unique("badge_credentials_earned_badge_id_key").on(t.earned_badge_id),
    unique("badge_credentials_status_index_key").on(t.status_index),
    index("badge_credentials_user_id_idx").on(t.user_id),
  ],
);
