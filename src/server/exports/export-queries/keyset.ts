import { sql, type SQL } from "drizzle-orm";
import type { ExportFilters } from "../export-filters";
import { queryRows } from "../../db/query-rows";
import type { ExportBatch, ExportCursor, ExportSource } from "./batch";

/**
 * The end of a batch query that walks a table by primary key, whose index makes every
 * batch as cheap as the first (docs/decisions/017-csv-exports.md): the date range (the
 * end date inclusive), the rows after the previous batch's last id, id order, the limit.
 */
export function idBatchTail(
  table: { id: SQL; createdAt: SQL },
  options: { filters: ExportFilters; after: ExportCursor | null; limit: number },
): SQL {
  const { filters, after, limit } = options;
  return sql`${filters.from ? sql`AND ${table.createdAt} >= ${filters.from}::date` : sql``}
    ${filters.to ? sql`AND ${table.createdAt} < ${filters.to}::date + 1` : sql``}
    ${after ? sql`AND ${table.id} > ${after[1]}` : sql``}
    ORDER BY ${table.id} LIMIT ${limit}`;
}

/**
 * A batch from rows whose fields are named after the export's columns (the queries alias
 * them so): cells in column order, timestamps as ISO 8601 UTC, and the cursor for the
 * next batch from the last row (`sortKey` and `id` as the query's keyset has them).
 */
export function toBatch<R extends Record<string, unknown>>(
  rows: R[],
  options: { columns: string[]; limit: number; cursorOf: (row: R) => ExportCursor },
): ExportBatch {
  const last = rows.at(-1);
  return {
    rows: rows.map((row) => options.columns.map((column) => cell(row[column]))),
    next: rows.length === options.limit && last ? options.cursorOf(last) : null,
  };
}

/** An id-ordered batch: each row's id is its own cursor. */
export const byId = (row: { id: unknown }): ExportCursor => [String(row.id), String(row.id)];

function cell(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? "");
}

type BatchOptions = Parameters<ExportSource["readBatch"]>[1];

/** An export that walks its table by id: its columns, and the query of one batch. */
export function idOrderedExport(
  columns: string[],
  batchQuery: (options: BatchOptions) => SQL,
): ExportSource {
  return {
    columns,
    async readBatch(tx, options) {
      const rows = await queryRows<Record<string, unknown> & { id: string }>(
        tx,
        batchQuery(options),
      );
      return toBatch(rows, { columns, limit: options.limit, cursorOf: byId });
    },
  };
}
