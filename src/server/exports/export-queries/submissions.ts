import "server-only";
import { sql } from "drizzle-orm";
import { containsPattern } from "../../db/like-pattern";
import { idBatchTail, idOrderedExport } from "./keyset";

const columns = [
  "id",
  "created_at",
  "user_handle",
  "user_name",
  "user_email",
  "cohort",
  "activity",
  "status",
  "visibility",
  "reviewer_handle",
  "reviewed",
  "points_credited",
];

/**
 * Submissions with their educator and reviewer (the review queue's filters, its search
 * included); points are what the approval credited.
 */
export const submissionsExport = idOrderedExport(columns, (options) => {
  const { filters } = options;
  const pattern = filters.q ? containsPattern(filters.q) : null;
  return sql`SELECT s.id, s.created_at, u.handle AS user_handle, u.name AS user_name,
        u.email AS user_email, u.cohort, s.activity_code AS activity, s.status, s.visibility,
        r.handle AS reviewer_handle,
        CASE WHEN s.status = 'PENDING' THEN 'no' ELSE 'yes' END AS reviewed,
        l.delta_points AS points_credited
      FROM submissions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN users r ON r.id = s.reviewer_id
      LEFT JOIN points_ledger l ON l.external_event_id = 'submission:' || s.id || ':approved'
      WHERE true
        ${
          pattern
            ? sql`AND (u.name ILIKE ${pattern} OR u.handle ILIKE ${pattern} OR u.school ILIKE ${pattern})`
            : sql``
        }
        ${filters.cohort ? sql`AND u.cohort = ${filters.cohort}` : sql``}
        ${filters.status ? sql`AND s.status = ${filters.status}` : sql``}
        ${filters.activity ? sql`AND s.activity_code = ${filters.activity}` : sql``}
        ${idBatchTail({ id: sql`s.id`, createdAt: sql`s.created_at` }, options)}`;
});
