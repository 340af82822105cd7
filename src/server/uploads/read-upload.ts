import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { asVisitor } from "../db/as-visitor";
import { uploads } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { parseByteRange } from "../http/parse-byte-range";
import { getStorage } from "../storage/get-storage";
import { UPLOAD_KEY_PATTERN, type ByteRange, type StoredFile } from "../storage/storage-driver";
import type { UserRow } from "../users/user-dto";

export interface UploadRead {
  name: string;
  type: string;
  isPublic: boolean;
  /** The range sent (206), or null for the whole file (200). */
  range: ByteRange | null;
  /** The bytes, streamed from storage; null when the range asked for is unsatisfiable (416). */
  file: StoredFile | null;
  size: number;
}

/**
 * A file for reading (docs/product.md §10): its owner, a reviewer, or anyone when it belongs to an
 * APPROVED PUBLIC submission. The policy on uploads decides; a file the reader may not
 * see is NOT_FOUND, exactly like one that does not exist. Only then is storage asked, and
 * its bytes are streamed (whole or one Range), never held in memory.
 */
export async function readUpload(
  reader: UserRow | null,
  key: string,
  rangeHeader: string | null = null,
): Promise<UploadRead> {
  const notFound = new AppError("NOT_FOUND", "errors.uploads.notFound");
  if (!UPLOAD_KEY_PATTERN.test(key)) throw notFound;
  const query = async (tx: Parameters<Parameters<typeof asVisitor>[0]>[0]) =>
    (await tx.select().from(uploads).where(eq(uploads.key, key)))[0];
  const row = reader ? await withUser(dbSession(reader), query) : await asVisitor(query);
  if (!row) throw notFound;
  // A visitor found it already; a signed-in reader's file may still be private.
  const isPublic = reader === null || (await asVisitor(query)) !== undefined;
  const read = { name: row.name, type: row.content_type, isPublic, size: row.size };
  // The record holds the size written, so a range is checked without asking storage.
  const range = parseByteRange(rangeHeader, row.size);
  if (range === "unsatisfiable") return { ...read, range: null, file: null };
  const file = await getStorage().get(key, range ?? undefined);
  if (!file) throw notFound;
  return { ...read, range, file, size: file.size };
}
