import { pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { role } from "./enums";

export const users = pgTable(
  "users",
  {
    id: text("id").notNull(),
    handle: text("handle").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    avatar_url: text("avatar_url"),
    role: role("role").default("PARTICIPANT").notNull(),
    school: text("school"),
    cohort: text("cohort"),
    kajabi_contact_id: text("kajabi_contact_id"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "users_pkey", columns: [t.id] }),
    unique("users_handle_key").on(t.handle),
    unique("users_email_key").on(t.email),
    unique("users_kajabi_contact_id_key").on(t.kajabi_contact_id),
  ],
);
