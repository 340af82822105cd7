import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, relation } from "./columns";
import { submissions } from "./submissions";
import { users } from "./users";

/** Evidence files (docs/product.md §10). `key` is `<user_id>/<random>/<safe-file-name>`. */
export const uploads = pgTable(
  "uploads",
  {
    key: text("key").notNull(),
    user_id: text("user_id").notNull(),
    name: text("name").notNull(),
    size: integer("size").notNull(),
    content_type: text("content_type").notNull(),
    sha256: text("sha256").notNull(),
    /** Set when a submission references the file; unattached files are removed after 24 h. */
    submission_id: text("submission_id"),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ name: "uploads_pkey", columns: [t.key] }),
    relation("uploads_user_id_fkey", t.user_id, users.id, "cascade"),
    relation("uploads_submission_id_fkey", t.submission_id, submissions.id, "set null"),
    index("uploads_user_id_idx").on(t.user_id),
    index("uploads_submission_id_idx").on(t.submission_id),
    index("uploads_sha256_idx").on(t.sha256),
  ],
);
