import "server-only";
import { inArray } from "drizzle-orm";
import { uploads } from "../db/schema";
import type { Tx } from "../db/types";
import type { SubmissionRow, UploadRow } from "./submission-dto";

/** The upload records behind the submissions' attachment keys, as the reader may see them. */
export async function loadAttachmentFiles(tx: Tx, rows: SubmissionRow[]): Promise<UploadRow[]> {
  const keys = rows.flatMap((row) =>
    Array.isArray(row.attachments) ? (row.attachments as string[]) : [],
  );
  if (keys.length === 0) return [];
  return tx.select().from(uploads).where(inArray(uploads.key, keys));
}
