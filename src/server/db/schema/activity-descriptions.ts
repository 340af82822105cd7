import { pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { relation, timestamptz } from "./columns";
import { activities } from "./submissions";

/**
 * What each activity asks of an educator, in the admins' words (docs/product.md §3). Beside
 * `activities` rather than in it, so the seed's tables keep the seed's shape (as
 * points_ledger_context does); a missing row is an empty description.
 */
export const activity_descriptions = pgTable(
  "activity_descriptions",
  {
    activity_code: text("activity_code").notNull(),
    description: text("description").notNull(),
    updated_at: timestamptz("updated_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "activity_descriptions_pkey", columns: [t.activity_code] }),
    relation(
      "activity_descriptions_activity_code_fkey",
      t.activity_code,
      activities.code,
      "cascade",
    ),
  ],
);
