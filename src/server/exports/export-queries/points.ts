import "server-only";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/query-rows";
import type { ExportSource } from "./batch";
import { afterId, createdBetween, isoTime, toBatch } from "./keyset";

interface Row {
  id: string;
  created_at: string | Date;
  handle: string;
  activity_code: string;
  delta_points: number;
  source: string;
  external_source: string | null;
  external_event_id: string | null;
  created_by: string | null;
}

/** The points ledger; "created by" is the reviewer of the submission a credit came from. */
export const pointsExport: ExportSource = {
  columns: [
    "id",
    "created_at",
    "user_handle",
    "activity",
    "delta",
    "source",
    "external_source",
    "external_event_id",
    "created_by_handle",
  ],
  async readBatch(tx, { filters, after, limit }) {
    const rows = await queryRows<Row>(
      tx,
      sql`SELECT l.id, l.created_at, u.handle, l.activity_code,
          l.delta_points, l.source, l.external_source, l.external_event_id, r.handle AS created_by
        FROM points_ledger l
        JOIN users u ON u.id = l.user_id
        LEFT JOIN submissions s
          ON l.external_source = 'submission' AND s.id = split_part(l.external_event_id, ':', 2)
        LEFT JOIN users r ON r.id = s.reviewer_id
        WHERE true
          ${filters.cohort ? sql`AND u.cohort = ${filters.cohort}` : sql``}
          ${filters.activity ? sql`AND l.activity_code = ${filters.activity}` : sql``}
          ${createdBetween(sql`l.created_at`, filters)}
          ${afterId(sql`l.id`, after)}
        ORDER BY l.id
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
          r.activity_code,
          r.delta_points,
          r.source,
          r.external_source,
          r.external_event_id,
          r.created_by,
        ],
      })),
      limit,
    );
  },
};
