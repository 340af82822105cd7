import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { ACTIVITY_CODES } from "../activities/activity-canon";
import { dbSession } from "../db/db-session";
import { public_profiles as publicProfiles, SUBMISSION_STATUSES, submissions } from "../db/schema";
import { pageFields } from "../db/page-fields";
import { searchAcross } from "../db/search-across";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { toSubmissionDto, type SubmissionDto } from "../submissions/submission-dto";
import { describeSubmissions, type SubmissionSummary } from "../submissions/describe-submissions";
import { loadAttachmentFiles } from "../submissions/load-attachment-files";
import { submissionVersion } from "./submission-version";

export const reviewQueueInput = z.object({
  status: z.enum(SUBMISSION_STATUSES).optional(),
  activity: z.enum(ACTIVITY_CODES).optional(),
  cohort: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  ...pageFields(25),
});
export type ReviewQueueInput = z.input<typeof reviewQueueInput>;

export interface QueueItem extends SubmissionDto {
  /** What a review of this submission must send back (docs/product.md §4). */
  version: string;
  user: { id: string; handle: string; name: string; school: string | null; cohort: string | null };
  /** Title, date of the work, points and thumbnail (describeSubmissions). */
  summary: SubmissionSummary;
}

/**
 * The review queue (docs/product.md §4): PENDING first, oldest first; filters by status, activity,
 * cohort and a search over the educator's name, handle and school. Runs as the
 * reviewer under RLS (reviewers read every submission).
 */
export async function listReviewQueue(reviewer: UserRow, rawInput: ReviewQueueInput) {
  const input = reviewQueueInput.parse(rawInput);
  const where = and(
    input.status ? eq(submissions.status, input.status) : undefined,
    input.activity ? eq(submissions.activity_code, input.activity) : undefined,
    input.cohort ? eq(publicProfiles.cohort, input.cohort) : undefined,
    searchAcross(input.q, [publicProfiles.name, publicProfiles.handle, publicProfiles.school]),
  );
  return withUser(dbSession(reviewer), async (tx) => {
    const rows = await tx
      .select({
        submission: submissions,
        version: submissionVersion,
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
    const dtos = rows.map((row) => toSubmissionDto(row.submission, files));
    const summaries = await describeSubmissions(tx, dtos);
    const items: QueueItem[] = rows.map((row, index) => ({
      ...dtos[index]!,
      version: row.version,
      user: row.user,
      summary: summaries.get(row.submission.id)!,
    }));
    return { items, total: total?.n ?? 0, limit: input.limit, offset: input.offset };
  });
}
