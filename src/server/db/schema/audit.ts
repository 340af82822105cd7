import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, generatedId } from "./columns";

export const audit_log = pgTable(
  "audit_log",
  {
    id: generatedId(),
    actor_id: text("actor_id").notNull(),
    action: text("action").notNull(),
    target_id: text("target_id"),
    meta: jsonb("meta"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "audit_log_pkey", columns: [t.id] }),
    index("audit_log_actor_id_created_at_idx").on(t.actor_id, t.created_at),
    // /admin/audit pages newest first by (created_at, id) keyset, all or by action/target.
    index("audit_log_created_at_id_idx").on(t.created_at, t.id),
    index("audit_log_action_created_at_idx").on(t.action, t.created_at),
    index("audit_log_target_id_created_at_idx").on(t.target_id, t.created_at),
  ],
);
