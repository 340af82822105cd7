import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, generatedId, relation, timestamptz } from "./columns";
import { submissionStatus, visibility } from "./enums";
import { users } from "./users";

export const activities = pgTable(
  "activities",
  {
    code: text("code").notNull(),
    name: text("name").notNull(),
    default_points: integer("default_points").notNull(),
  },
  (t) => [primaryKey({ name: "activities_pkey", columns: [t.code] })],
);

export const submissions = pgTable(
  "submissions",
  {
    id: generatedId(),
    user_id: text("user_id").notNull(),
    activity_code: text("activity_code").notNull(),
    status: submissionStatus("status").default("PENDING").notNull(),
    visibility: visibility("visibility").default("PRIVATE").notNull(),
    payload: jsonb("payload").notNull(),
    attachments: jsonb("attachments").notNull(),
    reviewer_id: text("reviewer_id"),
    review_note: text("review_note"),
    created_at: createdAt(),
    // Maintained by the submissions_set_updated_at trigger; the default serves inserts.
    updated_at: timestamptz("updated_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "submissions_pkey", columns: [t.id] }),
    relation("submissions_user_id_fkey", t.user_id, users.id, "restrict"),
    relation("submissions_activity_code_fkey", t.activity_code, activities.code, "restrict"),
    index("submissions_user_id_activity_code_idx").on(t.user_id, t.activity_code),
    // The admin overview's weekly counts and review times (docs/decisions/021).
    index("submissions_created_at_idx").on(t.created_at),
    index("submissions_status_updated_at_idx").on(t.status, t.updated_at),
  ],
);
