import { index, jsonb, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";
import { generatedId, relation, timestamptz } from "./columns";
import { users } from "./users";

export const badges = pgTable(
  "badges",
  {
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    criteria: jsonb("criteria").notNull(),
    icon_url: text("icon_url"),
  },
  (t) => [primaryKey({ name: "badges_pkey", columns: [t.code] })],
);

export const earned_badges = pgTable(
  "earned_badges",
  {
    id: generatedId(),
    user_id: text("user_id").notNull(),
    badge_code: text("badge_code").notNull(),
    earned_at: timestamptz("earned_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "earned_badges_pkey", columns: [t.id] }),
    relation("earned_badges_user_id_fkey", t.user_id, users.id, "restrict"),
    relation("earned_badges_badge_code_fkey", t.badge_code, badges.code, "restrict"),
    unique("earned_badges_user_id_badge_code_key").on(t.user_id, t.badge_code),
    index("earned_badges_badge_code_idx").on(t.badge_code),
  ],
);
