import "server-only";
import { sql } from "drizzle-orm";
import { containsPattern } from "../../db/like-pattern";
import { idBatchTail, idOrderedExport } from "./keyset";

const columns = [
  "id",
  "handle",
  "name",
  "email",
  "role",
  "school",
  "cohort",
  "created_at",
  "total_points",
];

/** Every account with its ledger total; the same search, role and cohort filters as /admin/users. */
export const usersExport = idOrderedExport(columns, (options) => {
  const { filters } = options;
  const pattern = filters.q ? containsPattern(filters.q) : null;
  return sql`SELECT u.id, u.handle, u.name, u.email, u.role, u.school, u.cohort, u.created_at,
        (SELECT coalesce(sum(l.delta_points), 0) FROM points_ledger l WHERE l.user_id = u.id)
          AS total_points
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
        ${idBatchTail({ id: sql`u.id`, createdAt: sql`u.created_at` }, options)}`;
});
