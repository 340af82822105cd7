import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { ActivityCode } from "../activities/activity-canon";
import { parsePayload } from "../activities/parse-payload";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { submissions, uploads, VISIBILITIES } from "../db/schema";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { lockUserPoints } from "../ledger/lock-user-points";
import type { UserRow } from "../users/user-dto";
import { checkAttachments } from "./check-attachments";
import { checkSubmissionLimits } from "./check-submission-limits";
import { toSubmissionDto, type SubmissionDto } from "./submission-dto";

export const updateSubmissionInput = z
  .object({
    payload: z.unknown(),
    attachments: z.array(z.string().max(300)).max(10),
    visibility: z.enum(VISIBILITIES),
  })
  .partial()
  .strict();
export type UpdateSubmissionInput = z.infer<typeof updateSubmissionInput>;

/**
 * The owner edits a PENDING submission (payload, attachments, visibility), or switches
 * the visibility of any of theirs at any time (docs/product.md §4). Someone else's submission is
 * NOT_FOUND; editing reviewed evidence is a 409.
 */
export async function updateSubmission(
  user: UserRow,
  id: string,
  input: UpdateSubmissionInput,
): Promise<SubmissionDto> {
  return withUser(dbSession(user), async (tx) => {
    await lockUserPoints(tx, user.id);
    const [current] = await tx
      .select()
      .from(submissions)
      .where(and(eq(submissions.id, id), eq(submissions.user_id, user.id)))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
    const editsEvidence = input.payload !== undefined || input.attachments !== undefined;
    if (editsEvidence && current.status !== "PENDING") {
      throw new AppError("CONFLICT", "errors.submissions.onlyVisibility", {
        values: { status: current.status },
      });
    }
    const activity = current.activity_code as ActivityCode;
    const payload =
      input.payload === undefined ? current.payload : parsePayload(activity, input.payload);
    if (input.payload !== undefined) {
      await checkSubmissionLimits(tx, {
        userId: user.id,
        activity,
        payload,
        submissionId: id,
        isNew: false,
      });
    }
    const keys = input.attachments ?? (current.attachments as string[]);
    const files = await checkAttachments(tx, { userId: user.id, activity, keys, submissionId: id });
    const [row] = await tx
      .update(submissions)
      .set({
        payload,
        attachments: keys,
        ...(input.visibility && { visibility: input.visibility }),
      })
      .where(eq(submissions.id, id))
      .returning();
    if (input.attachments !== undefined) {
      await tx
        .update(uploads)
        .set({ submission_id: null })
        .where(
          and(
            eq(uploads.submission_id, id),
            keys.length > 0 ? notInArray(uploads.key, keys) : undefined,
          ),
        );
      if (keys.length > 0)
        await tx.update(uploads).set({ submission_id: id }).where(inArray(uploads.key, keys));
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: editsEvidence ? "submission.updated" : "submission.visibility_changed",
      targetId: id,
      meta: { visibility: row!.visibility },
    });
    return toSubmissionDto(row!, files);
  });
}
