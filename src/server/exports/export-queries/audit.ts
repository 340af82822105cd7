import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { afterId, createdBetween, isoTime, toBatch } from "./keyset";

interface Row {
  id: string;
  created_at: string | Date;
  actor: string | null;
  actor_id: string;
  action: string;
  target_id: string | null;
  meta: unknown;
}

/** The audit log; system actors (e.g. a webhook) keep their id where no user has it. */
export const auditExport: ExportSource = {
  columns: ["id", "created_at", "actor_handle", "action", "target_id", "meta"],
  async readBatch(tx, { filters, after, limit }) {
    const rows = await queryRows<Row>(
      tx,
      sql`SELECT a.id, a.created_at, u.handle AS actor, a.actor_id,
          a.action, a.target_id, a.meta
        FROM audit_log a
        LEFT JOIN users u ON u.id = a.actor_id
        WHERE true
          ${filters.action ? sql`AND a.action = ${filters.action}` : sql``}
          ${createdBetween(sql`a.created_at`, filters)}
          ${afterId(sql`a.id`, after)}
        ORDER BY a.id
        LIMIT ${limit}`,
    );
    return toBatch(
      rows.map((r) => ({
        sortKey: r.id,
        id: r.id,
        cells: [
          r.id,
          isoTime(r.created_at),
          r.actor ?? r.actor_id,
          r.action,
          r.target_id,
          r.meta == null ? "" : JSON.stringify(r.meta),
        ],
      })),
      limit,
    );
  },
};
