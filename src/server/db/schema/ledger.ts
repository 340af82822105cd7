import {
  bigint,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { createdAt, generatedId, relation, timestamptz } from "./columns";
import { ledgerSource } from "./enums";
import { activities } from "./submissions";
import { users } from "./users";

export const points_ledger = pgTable(
  "points_ledger",
  {
    id: generatedId(),
    user_id: text("user_id").notNull(),
    activity_code: text("activity_code").notNull(),
    source: ledgerSource("source").notNull(),
    delta_points: integer("delta_points").notNull(),
    external_source: text("external_source"),
    external_event_id: text("external_event_id"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "points_ledger_pkey", columns: [t.id] }),
    relation("points_ledger_user_id_fkey", t.user_id, users.id, "restrict"),
    relation("points_ledger_activity_code_fkey", t.activity_code, activities.code, "restrict"),
    unique("points_ledger_external_event_id_key").on(t.external_event_id),
    index("points_ledger_user_id_activity_code_idx").on(t.user_id, t.activity_code),
    // The admin overview's points and active educators by date range (docs/decisions/021).
    index("points_ledger_created_at_idx").on(t.created_at),
  ],
);

/**
 * Why a ledger row has the amount it has (e.g. an AMPLIFY clamp, a reviewer's override,
 * an adjustment's reason): points_ledger keeps the seed's shape, so its context lives
 * beside it, append-only like the ledger itself.
 */
export const points_ledger_context = pgTable(
  "points_ledger_context",
  {
    ledger_id: text("ledger_id").notNull(),
    context: jsonb("context").notNull(),
  },
  (t) => [
    primaryKey({ name: "points_ledger_context_pkey", columns: [t.ledger_id] }),
    foreignKey({
      name: "points_ledger_context_ledger_id_fkey",
      columns: [t.ledger_id],
      foreignColumns: [points_ledger.id],
    }),
  ],
);

/**
 * When the leaderboards were last refreshed, and up to which change (the value of the
 * leaderboard_changes sequence, which every ledger or public-profile write advances).
 * One row; app instances coordinate their debounced refreshes through it.
 */
export const leaderboard_refreshes = pgTable(
  "leaderboard_refreshes",
  {
    id: integer("id").notNull(),
    refreshed_version: bigint("refreshed_version", { mode: "number" }).default(0).notNull(),
    refreshed_at: timestamptz("refreshed_at"),
    refresh_count: integer("refresh_count").default(0).notNull(),
    last_duration_ms: integer("last_duration_ms"),
  },
  (t) => [primaryKey({ name: "leaderboard_refreshes_pkey", columns: [t.id] })],
);
