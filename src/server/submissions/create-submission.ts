import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { ACTIVITY_CODES } from "../activities/activity-canon";
import { parsePayload } from "../activities/parse-payload";
import { dbSession } from "../db/db-session";
import { writeAudit } from "../audit/write-audit";
import { submissions, uploads, VISIBILITIES } from "../db/schema";
import { withUser } from "../db/with-user";
import { lockUserPoints } from "../ledger/lock-user-points";
import type { UserRow } from "../users/user-dto";
import { checkAttachments } from "./check-attachments";
import { checkSubmissionLimits } from "./check-submission-limits";
import { toSubmissionDto, type SubmissionDto } from "./submission-dto";

export const createSubmissionInput = z
  .object({
    activity: z.enum(ACTIVITY_CODES),
    payload: z.unknown(),
    attachments: z.array(z.string().max(300)).max(10).default([]),
    visibility: z.enum(VISIBILITIES).default("PRIVATE"),
  })
  .strict();
export type CreateSubmissionInput = z.input<typeof createSubmissionInput>;

/**
 * An educator submits evidence (docs/product.md §3, §4): validated against the activity's schema,
 * its attachments and the anti-gaming limits, then written as the owner through RLS
 * (PENDING), the files attached, and the creation audited — all or nothing.
 */
export async function createSubmission(
  user: UserRow,
  rawInput: CreateSubmissionInput,
): Promise<SubmissionDto> {
  const input = createSubmissionInput.parse(rawInput);
  const payload = parsePayload(input.activity, input.payload);
  return withUser(dbSession(user), async (tx) => {
    await lockUserPoints(tx, user.id);
    await checkSubmissionLimits(tx, {
      userId: user.id,
      activity: input.activity,
      payload,
      isNew: true,
    });
    const files = await checkAttachments(tx, {
      userId: user.id,
      activity: input.activity,
      keys: input.attachments,
    });
    const [row] = await tx
      .insert(submissions)
      .values({
        user_id: user.id,
        activity_code: input.activity,
        payload,
        attachments: files.map((file) => file.key),
        visibility: input.visibility,
      })
      .returning();
    if (!row) throw new Error("submission insert returned no row");
    if (files.length > 0) {
      await tx
        .update(uploads)
        .set({ submission_id: row.id })
        .where(
          inArray(
            uploads.key,
            files.map((file) => file.key),
          ),
        );
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "submission.created",
      targetId: row.id,
      meta: { activity: input.activity },
    });
    return toSubmissionDto(row, files);
  });
}
