import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { relation, timestamptz } from "./columns";

/** How a stored Kajabi event proved it came from Kajabi (docs/product.md §6). */
export const KAJABI_AUTH_METHODS = ["hmac", "token"] as const;

export const kajabi_events = pgTable(
  "kajabi_events",
  {
    id: text("id").notNull(),
    received_at: timestamptz("received_at").defaultNow().notNull(),
    payload: jsonb("payload").notNull(),
    processed_at: timestamptz("processed_at"),
    user_match: text("user_match"),
    /** NULL only for rows written outside the webhook (docs/decisions/016-kajabi-native-webhooks.md). */
    auth_method: text("auth_method", { enum: KAJABI_AUTH_METHODS }),
  },
  (t) => [primaryKey({ name: "kajabi_events_pkey", columns: [t.id] })],
);

export const KAJABI_OUTCOMES = ["credited", "duplicate", "ignored", "unmatched", "capped"] as const;

/**
 * What processing a Kajabi event led to (docs/product.md §6), for the admin queue: kajabi_events
 * keeps the seed's shape, so the outcome lives beside it, one row per event.
 */
export const kajabi_event_results = pgTable(
  "kajabi_event_results",
  {
    event_id: text("event_id").notNull(),
    status: text("status", { enum: KAJABI_OUTCOMES }).notNull(),
    points: integer("points").default(0).notNull(),
    reason: text("reason"),
    updated_at: timestamptz("updated_at").defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ name: "kajabi_event_results_pkey", columns: [t.event_id] }),
    relation("kajabi_event_results_event_id_fkey", t.event_id, kajabi_events.id, "cascade"),
    index("kajabi_event_results_status_idx").on(t.status, t.updated_at),
  ],
);
