import { sql, type SQL } from "drizzle-orm";
import type { ExportFilters } from "../export-filters";
import type { ExportBatch, ExportCursor } from "./batch";

/** A row's cells in column order, and the key the next batch starts after. */
export type KeyedRow = { cells: unknown[]; sortKey: string; id: string };

/**
 * `AND id > cursor`, or nothing for the first batch. Batches walk the primary key, whose
 * index makes every batch as cheap as the first (docs/decisions/017-csv-exports.md).
 */
export function afterId(idColumn: SQL, after: ExportCursor | null): SQL {
  return after ? sql`AND ${idColumn} > ${after[1]}` : sql``;
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
