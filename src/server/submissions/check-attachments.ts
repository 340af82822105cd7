import "server-only";
import { inArray } from "drizzle-orm";
import { ACTIVITY_CANON, type ActivityCode } from "../activities/activity-canon";
import { uploads } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import { errorText, fieldProblem, type ErrorText } from "../messages/error-text";
import { attachmentCountText, attachmentLabel } from "./attachment-count-text";
import type { UploadRow } from "./submission-dto";

/**
 * The attachments of a submission (docs/product.md §3, §10): the activity's count and file types,
 * and only the owner's own uploads, not attached to another submission.
 */
export async function checkAttachments(
  tx: Tx,
  options: { userId: string; activity: ActivityCode; keys: string[]; submissionId?: string },
): Promise<UploadRow[]> {
  const rules = ACTIVITY_CANON[options.activity].attachments;
  const keys = [...new Set(options.keys)];
  const fail = (message: ErrorText) =>
    new AppError("VALIDATION_FAILED", message, {
      details: [{ path: "attachments", message }],
    });
  if (keys.length !== options.keys.length) {
    throw fail(errorText("errors.submissions.attachedTwice"));
  }
  const countProblem = attachmentCountText(options.activity, keys.length);
  if (countProblem) throw fail(countProblem);
  if (keys.length === 0) return [];
  const rows = await tx.select().from(uploads).where(inArray(uploads.key, keys));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  for (const key of keys) {
    const row = byKey.get(key);
    if (!row || row.user_id !== options.userId) {
      throw new AppError("UNPROCESSABLE", "errors.submissions.foreignFile", {
        details: [
          fieldProblem("attachments", "errors.submissions.unknownFile", {
            name: key.split("/").pop() ?? key,
          }),
        ],
      });
    }
    if (row.submission_id !== null && row.submission_id !== options.submissionId) {
      throw fail(errorText("errors.submissions.attachedElsewhere", { name: row.name }));
    }
    if (!rules.types.includes(row.content_type as never)) {
      throw fail(
        errorText("errors.submissions.wrongFileType", {
          name: row.name,
          label: attachmentLabel(options.activity),
        }),
      );
    }
  }
  return keys.map((key) => byKey.get(key)!);
}
