import { boolean, pgView, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";
import { role } from "./enums";

/**
 * Other people's public columns (no email, no Kajabi contact id): a view created by
 * migration 0002 (`.existing()`: drizzle-kit generates nothing for it).
 */
export const public_profiles = pgView("public_profiles", {
  id: text("id").notNull(),
  handle: text("handle").notNull(),
  name: text("name").notNull(),
  avatar_url: text("avatar_url"),
  role: role("role").notNull(),
  school: text("school"),
  cohort: text("cohort"),
  created_at: timestamptz("created_at").notNull(),
  anonymised: boolean("anonymised").notNull(),
}).existing();
