import "server-only";
import { sql } from "drizzle-orm";
import { containsPattern } from "../../db/like-pattern";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { afterId, createdBetween, isoTime, toBatch } from "./keyset";

interface Row {
  id: string;
  created_at: string | Date;
  handle: string;
  name: string;
  email: string;
  cohort: string | null;
  activity_code: string;
  status: string;
  visibility: string;
  reviewer: string | null;
  points: number | null;
}

/**
 * Submissions with their educator and reviewer (the review queue's filters, its search
 * included); points are what the approval credited.
 */
export const submissionsExport: ExportSource = {
  columns: [
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
  ],
  async readBatch(tx, { filters, after, limit }) {
    const pattern = filters.q ? containsPattern(filters.q) : null;
    const rows = await queryRows<Row>(
      tx,
      sql`SELECT s.id, s.created_at, u.handle, u.name, u.email,
          u.cohort, s.activity_code, s.status, s.visibility, r.handle AS reviewer, l.delta_points AS points
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
          ${filters.activity ? sql`AND s.activity_code = ${filters.activity}` : sql``}
          ${filters.status ? sql`AND s.status = ${filters.status}` : sql``}
          ${createdBetween(sql`s.created_at`, filters)}
          ${afterId(sql`s.id`, after)}
        ORDER BY s.id
        LIMIT ${limit}`,
    );
    return toBatch(
      rows.map((r) => ({
        sortKey: r.id,
        id: r.id,
        cells: [
          r.id,
          isoTime(r.created_at),
          r.handle,
          r.name,
          r.email,
          r.cohort,
          r.activity_code,
          r.status,
          r.visibility,
          r.reviewer,
          r.status === "PENDING" ? "no" : "yes",
          r.points,
        ],
      })),
      limit,
    );
  },
};
