import "server-only";
import { eq } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { asVisitor } from "../db/as-visitor";
import { uploads } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { getStorage } from "../storage/get-storage";
import { UPLOAD_KEY_PATTERN } from "../storage/storage-driver";
import type { UserRow } from "../users/user-dto";

/**
 * A file for reading (docs/product.md §10): its owner, a reviewer, or anyone when it belongs to an
 * APPROVED PUBLIC submission. The policy on uploads decides; a file the reader may not
 * see is NOT_FOUND, exactly like one that does not exist.
 */
export async function readUpload(
  reader: UserRow | null,
  key: string,
): Promise<{ name: string; type: string; bytes: Buffer; isPublic: boolean }> {
  const notFound = new AppError("NOT_FOUND", "No such file.");
  if (!UPLOAD_KEY_PATTERN.test(key)) throw notFound;
  const query = async (tx: Parameters<Parameters<typeof asVisitor>[0]>[0]) =>
    (await tx.select().from(uploads).where(eq(uploads.key, key)))[0];
  const row = reader ? await withUser(dbSession(reader), query) : await asVisitor(query);
  if (!row) throw notFound;
  // A visitor found it already; a signed-in reader's file may still be private.
  const isPublic = reader === null || (await asVisitor(query)) !== undefined;
  const bytes = await getStorage().get(key);
  if (!bytes) throw notFound;
  return { name: row.name, type: row.content_type, bytes, isPublic };
}
