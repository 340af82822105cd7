// Tables the product adds beyond the schema document (identity, docs/product.md §2). Row level
// security is enabled and forced on them with no policies: only the privileged path
// (service_role) reads or writes them, never a signed-in user's transaction.
import { boolean, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, generatedId, relation, timestamptz } from "./columns";
import { users } from "./users";

/** Local-account passwords (scrypt), kept apart from users as docs/product.md §2 requires. */
export const credentials = pgTable(
  "credentials",
  {
    user_id: text("user_id").notNull(),
    password_hash: text("password_hash").notNull(),
    updated_at: timestamptz("updated_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "credentials_pkey", columns: [t.user_id] }),
    relation("credentials_user_id_fkey", t.user_id, users.id, "cascade"),
  ],
);

/** Local-account sessions; the cookie holds a random token, this table its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").notNull(),
    user_id: text("user_id").notNull(),
    created_at: createdAt(),
    expires_at: timestamptz("expires_at").notNull(),
  },
  (t) => [
    primaryKey({ name: "sessions_pkey", columns: [t.id] }),
    relation("sessions_user_id_fkey", t.user_id, users.id, "cascade"),
    index("sessions_user_id_idx").on(t.user_id),
    index("sessions_expires_at_idx").on(t.expires_at),
  ],
);

/** Sign-in attempts, for rate limits shared by every app instance. */
export const sign_in_attempts = pgTable(
  "sign_in_attempts",
  {
    id: generatedId(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "sign_in_attempts_pkey", columns: [t.id] }),
    index("sign_in_attempts_email_created_at_idx").on(t.email, t.created_at),
    index("sign_in_attempts_ip_created_at_idx").on(t.ip, t.created_at),
  ],
);

/** Webhook deliveries already handled (e.g. `clerk:<svix-id>`), for idempotency. */
export const webhook_deliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").notNull(),
    received_at: timestamptz("received_at").defaultNow().notNull(),
  },
  (t) => [primaryKey({ name: "webhook_deliveries_pkey", columns: [t.id] })],
);
