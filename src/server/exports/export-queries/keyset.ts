import { sql, type SQL } from "drizzle-orm";
import type { ExportFilters } from "../export-filters";
import type { ExportBatch, ExportCursor } from "./batch";

/** Rows a query returns: the cells in column order, then the sort key as text. */
export type KeyedRow = { cells: unknown[]; sortKey: string; id: string };

/** `AND (created_at, id) > cursor` on the given columns, or nothing for the first batch. */
export function afterCursor(sortColumn: SQL, idColumn: SQL, after: ExportCursor | null): SQL {
  if (!after) return sql``;
  return sql`AND (${sortColumn}, ${idColumn}) > (${after[0]}::timestamptz, ${after[1]})`;
}

/** `AND created_at >= from AND created_at < to + 1 day` (the end date is inclusive). */
export function createdBetween(column: SQL, filters: ExportFilters): SQL {
  return sql`${filters.from ? sql`AND ${column} >= ${filters.from}::date` : sql``}
    ${filters.to ? sql`AND ${column} < ${filters.to}::date + 1` : sql``}`;
}

export function toBatch(rows: KeyedRow[], limit: number): ExportBatch {
  const last = rows.at(-1);
  return {
    rows: rows.map((row) => row.cells),
    next: rows.length === limit && last ? [last.sortKey, last.id] : null,
  };
}

/** A database timestamp as ISO 8601 UTC, whichever driver returned it. */
export function isoTime(value: unknown): string {
  return value == null ? "" : new Date(value as string | Date).toISOString();
}
