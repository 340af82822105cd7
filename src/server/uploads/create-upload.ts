import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { uploads } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { getStorage } from "../storage/get-storage";
import type { UserRow } from "../users/user-dto";
import { safeFileName, sniffFileType } from "./sniff-file-type";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The refusal of a file over MAX_UPLOAD_BYTES, wherever its size is first known. */
export function uploadTooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "errors.uploads.tooLarge", {
    values: { megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) },
  });
}

/** Unattached uploads one person may have from the last 24 h (they are cleaned after). */
export const MAX_PENDING_UPLOADS = 30;

export interface UploadDto {
  key: string;
  name: string;
  size: number;
  type: string;
}

/**
 * Stores an evidence file (docs/product.md §10): at most 10 MB, PDF/JPEG/PNG/WebP judged by its
 * content, under a key in the owner's folder. The record is written through RLS as the
 * owner; the file is removed again if the record cannot be. At most MAX_PENDING_UPLOADS
 * unattached files per person, counted under a per-person lock.
 */
export async function createUpload(
  user: UserRow,
  file: { name: string; bytes: Buffer },
): Promise<UploadDto> {
  if (file.bytes.length === 0) throw new AppError("VALIDATION_FAILED", "errors.uploads.empty");
  if (file.bytes.length > MAX_UPLOAD_BYTES) {
    throw uploadTooLarge();
  }
  const type = sniffFileType(file.bytes);
  if (!type) {
    throw new AppError("UNPROCESSABLE", "errors.uploads.unacceptedType");
  }
  const name = safeFileName(file.name);
  const key = `${user.id}/${randomBytes(16).toString("hex")}/${name}`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");

  return withUser(dbSession(user), async (tx) => {
    // One person's uploads are counted and inserted one at a time, so parallel requests
    // cannot all see room under the limit at once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.uploads:${user.id}`}))`);
    const [pending] = await tx
      .select({ n: count() })
      .from(uploads)
      .where(
        and(
          eq(uploads.user_id, user.id),
          isNull(uploads.submission_id),
          gt(uploads.created_at, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if ((pending?.n ?? 0) >= MAX_PENDING_UPLOADS) {
      throw new AppError("RATE_LIMITED", "errors.uploads.tooManyPending", {
        values: { max: MAX_PENDING_UPLOADS },
      });
    }
    const storage = getStorage();
    await storage.put(key, file.bytes, type);
    try {
      await tx.insert(uploads).values({
        key,
        user_id: user.id,
        name,
        size: file.bytes.length,
        content_type: type,
        sha256,
      });
    } catch (error) {
      await storage.delete(key);
      throw error;
    }
    return { key, name, size: file.bytes.length, type };
  });
}
