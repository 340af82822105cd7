import "server-only";
import { sql } from "drizzle-orm";
import { idBatchTail, idOrderedExport } from "./keyset";

const columns = [
  "id",
  "created_at",
  "user_handle",
  "activity",
  "delta",
  "source",
  "external_source",
  "external_event_id",
  "created_by_handle",
];

/** The points ledger; "created by" is the reviewer of the submission a credit came from. */
export const pointsExport = idOrderedExport(columns, (options) => {
  const { filters } = options;
  return sql`SELECT l.id, l.created_at, u.handle AS user_handle, l.activity_code AS activity,
        l.delta_points AS delta, l.source, l.external_source, l.external_event_id,
        r.handle AS created_by_handle
      FROM points_ledger l
      JOIN users u ON u.id = l.user_id
      LEFT JOIN submissions s
        ON l.external_source = 'submission' AND s.id = split_part(l.external_event_id, ':', 2)
      LEFT JOIN users r ON r.id = s.reviewer_id
      WHERE true
        ${filters.cohort ? sql`AND u.cohort = ${filters.cohort}` : sql``}
        ${filters.activity ? sql`AND l.activity_code = ${filters.activity}` : sql``}
        ${idBatchTail({ id: sql`l.id`, createdAt: sql`l.created_at` }, options)}`;
});
