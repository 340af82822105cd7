import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { idBatchTail, idOrderedExport } from "./keyset";

const columns = ["id", "created_at", "actor_handle", "action", "target_id", "meta"];

/** The audit log; system actors (e.g. a webhook) keep their id where no user has it. */
export const auditExport = idOrderedExport(columns, (options) => {
  const { filters } = options;
  return sql`SELECT a.id, a.created_at, coalesce(u.handle, a.actor_id) AS actor_handle,
        a.action, a.target_id, a.meta::text AS meta
      FROM audit_log a
      LEFT JOIN users u ON u.id = a.actor_id
      WHERE true
        ${filters.action ? sql`AND a.action = ${filters.action}` : sql``}
        ${filters.actor ? sql`AND ${person(sql`a.actor_id`, filters.actor)}` : sql``}
        ${filters.target ? sql`AND ${person(sql`a.target_id`, filters.target)}` : sql``}
        ${idBatchTail({ id: sql`a.id`, createdAt: sql`a.created_at` }, options)}`;
});

/** An id, or a user's handle (with or without @), as /admin/audit matches them. */
function person(column: SQL, value: string): SQL {
  return sql`(${column} = ${value} OR ${column} IN (SELECT id FROM users WHERE handle = ${value.replace(/^@/, "").toLowerCase()}))`;
}
