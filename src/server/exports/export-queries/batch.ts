import type { Tx } from "../../db/types";
import type { ExportFilters } from "../export-filters";

/** Where the previous batch ended: the last row's sort key, exactly as the database has it. */
export type ExportCursor = readonly [string, string];

export interface ExportBatch {
  rows: unknown[][];
  /** Null once fewer rows than asked for came back: the export is complete. */
  next: ExportCursor | null;
}

/** One kind of export: its header and one keyset-paginated batch of its rows. */
export interface ExportSource {
  columns: string[];
  readBatch(
    tx: Tx,
    options: { filters: ExportFilters; after: ExportCursor | null; limit: number },
  ): Promise<ExportBatch>;
}
