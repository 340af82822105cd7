import "server-only";
import { sql } from "drizzle-orm";
import { containsPattern } from "../../db/like-pattern";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { afterId, createdBetween, isoTime, toBatch } from "./keyset";

interface Row {
  id: string;
  handle: string;
  name: string;
  email: string;
  role: string;
  school: string | null;
  cohort: string | null;
  created_at: string | Date;
  total_points: number | string;
}

/** Every account with its ledger total; the same search, role and cohort filters as /admin/users. */
export const usersExport: ExportSource = {
  columns: [
    "id",
    "handle",
    "name",
    "email",
    "role",
    "school",
    "cohort",
    "created_at",
    "total_points",
  ],
  async readBatch(tx, { filters, after, limit }) {
    const pattern = filters.q ? containsPattern(filters.q) : null;
    const rows = await queryRows<Row>(
      tx,
      sql`SELECT u.id, u.handle, u.name, u.email, u.role, u.school, u.cohort, u.created_at,
          (SELECT coalesce(sum(l.delta_points), 0) FROM points_ledger l WHERE l.user_id = u.id) AS total_points
        FROM users u
        WHERE true
          ${
            pattern
              ? sql`AND (u.name ILIKE ${pattern} OR u.email ILIKE ${pattern}
                  OR u.handle ILIKE ${pattern} OR u.school ILIKE ${pattern})`
              : sql``
          }
          ${filters.role ? sql`AND u.role = ${filters.role}` : sql``}
          ${filters.cohort ? sql`AND u.cohort = ${filters.cohort}` : sql``}
          ${createdBetween(sql`u.created_at`, filters)}
          ${afterId(sql`u.id`, after)}
        ORDER BY u.id
        LIMIT ${limit}`,
    );
    return toBatch(
      rows.map((r) => ({
        sortKey: r.id,
        id: r.id,
        cells: [
          r.id,
          r.handle,
          r.name,
          r.email,
          r.role,
          r.school,
          r.cohort,
          isoTime(r.created_at),
          Number(r.total_points),
        ],
      })),
      limit,
    );
  },
};
