import "server-only";
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import type { UserRow } from "../users/user-dto";
import type { ExportFilters, ExportKind } from "./export-filters";
import type { ExportCursor, ExportSource } from "./export-queries/batch";
import { EXPORT_SOURCES } from "./export-sources";

/** Rows per query: each batch is its own short transaction, so no connection is held. */
export const EXPORT_BATCH_SIZE = 1000;

export interface CsvExportOptions {
  admin: UserRow;
  kind: ExportKind;
  filters: ExportFilters;
  batchSize?: number;
}

async function* readAll(admin: UserRow, source: ExportSource, options: CsvExportOptions) {
  const limit = options.batchSize ?? EXPORT_BATCH_SIZE;
  let after: ExportCursor | null = null;
  do {
    const batch = await privileged({ userId: admin.id }, (tx) =>
      source.readBatch(tx, { filters: options.filters, after, limit }),
    );
    yield* batch.rows;
    after = batch.next;
  } while (after);
}

/**
 * One export as a pull-based CSV byte stream (UTF-8 with BOM, RFC 4180 quoting, cells
 * that a spreadsheet would run as a formula prefixed with `'`). The next batch is read
 * only when the client has taken the previous one, so memory stays flat at any size.
 * The export is audited before its first row is read: the caller has checked the role.
 */
export async function streamCsvExport(
  options: CsvExportOptions,
): Promise<ReadableStream<Uint8Array>> {
  const { admin, kind, filters } = options;
  const source = EXPORT_SOURCES[kind];
  await privileged({ userId: admin.id }, (tx) =>
    writeAudit(tx, { actorId: admin.id, action: "export.downloaded", meta: { kind, filters } }),
  );
  // pipeline, unlike pipe, passes a failed batch on as the stream's error.
  const csv = pipeline(
    Readable.from(readAll(admin, source, options)),
    stringify({ header: true, columns: source.columns, bom: true, escape_formulas: true }),
    () => {},
  );
  const chunks = csv[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      async cancel() {
        csv.destroy();
      },
    },
    { highWaterMark: 1 },
  );
}
