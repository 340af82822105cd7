import "server-only";
import { containsPattern } from "../db/like-pattern";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { ACTIVITY_CODES } from "../activities/activity-canon";
import { dbSession } from "../db/db-session";
import { public_profiles as publicProfiles, SUBMISSION_STATUSES, submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { toSubmissionDto, type SubmissionDto } from "../submissions/submission-dto";
import { loadAttachmentFiles } from "../submissions/load-attachment-files";

export const reviewQueueInput = z.object({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  activity: z.enum(ACTIVITY_CODES).optional(),
  cohort: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReviewQueueInput = z.input<typeof reviewQueueInput>;

export interface QueueItem extends SubmissionDto {
  user: { id: string; handle: string; name: string; school: string | null; cohort: string | null };
}

/**
 * The review queue (docs/product.md §4): PENDING first, oldest first; filters by status, activity,
 * cohort and a search over the educator's name, handle and school. Runs as the
 * reviewer under RLS (reviewers read every submission).
 */
export async function listReviewQueue(reviewer: UserRow, rawInput: ReviewQueueInput) {
  const input = reviewQueueInput.parse(rawInput);
  const filters: SQL[] = [];
  if (input.status) filters.push(eq(submissions.status, input.status));
  if (input.activity) filters.push(eq(submissions.activity_code, input.activity));
  if (input.cohort) filters.push(eq(publicProfiles.cohort, input.cohort));
  if (input.q) {
    const pattern = containsPattern(input.q);
    filters.push(
      or(
        ilike(publicProfiles.name, pattern),
        ilike(publicProfiles.handle, pattern),
        ilike(publicProfiles.school, pattern),
      )!,
    );
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  return withUser(dbSession(reviewer), async (tx) => {
    const rows = await tx
      .select({
        submission: submissions,
        user: {
          id: publicProfiles.id,
          handle: publicProfiles.handle,
          name: publicProfiles.name,
          school: publicProfiles.school,
          cohort: publicProfiles.cohort,
        },
      })
      .from(submissions)
      .innerJoin(publicProfiles, eq(publicProfiles.id, submissions.user_id))
      .where(where)
      .orderBy(
        desc(sql`${submissions.status} = 'PENDING'`),
        asc(submissions.created_at),
        asc(submissions.id),
      )
      .limit(input.limit)
      .offset(input.offset);
    const [total] = await tx
      .select({ n: count() })
      .from(submissions)
      .innerJoin(publicProfiles, eq(publicProfiles.id, submissions.user_id))
      .where(where);
    const files = await loadAttachmentFiles(
      tx,
      rows.map((row) => row.submission),
    );
    const items: QueueItem[] = rows.map((row) => ({
      ...toSubmissionDto(row.submission, files),
      user: row.user,
    }));
    return { items, total: total?.n ?? 0, limit: input.limit, offset: input.offset };
  });
}
