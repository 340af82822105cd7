import "server-only";
import { and, inArray, isNull, lt, sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { queryRows } from "../db/query-rows";
import { uploads } from "../db/schema";
import { getStorage } from "../storage/get-storage";

const BATCH = 500;

/**
 * Removes uploads never attached to a submission within 24 h (docs/product.md §10). A try-lock
 * lets one app instance do it while the others skip.
 */
export async function deleteStaleUploads(now = new Date()): Promise<number> {
  return privileged({ system: "upload-cleanup" }, async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext('leaps.upload-cleanup')) AS locked`,
    );
    if (!lock?.locked) return 0;
    const stale = await tx
      .select({ key: uploads.key })
      .from(uploads)
      .where(
        and(
          isNull(uploads.submission_id),
          lt(uploads.created_at, new Date(now.getTime() - 24 * 60 * 60 * 1000)),
        ),
      )
      .limit(BATCH);
    if (stale.length === 0) return 0;
    // Records first, re-checking "unattached" under the row lock, so a file attached at
    // this very moment is kept; only the files whose records went are deleted.
    const deleted = await tx
      .delete(uploads)
      .where(
        and(
          inArray(
            uploads.key,
            stale.map((row) => row.key),
          ),
          isNull(uploads.submission_id),
        ),
      )
      .returning({ key: uploads.key });
    const storage = getStorage();
    for (const { key } of deleted) await storage.delete(key);
    return deleted.length;
  });
}
