import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { ACTIVITY_CODES } from "../activities/activity-canon";
import { dbSession } from "../db/db-session";
import { SUBMISSION_STATUSES, submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { describeSubmissions, type SubmissionSummary } from "./describe-submissions";
import { loadAttachmentFiles } from "./load-attachment-files";
import { toSubmissionDto, type SubmissionDto } from "./submission-dto";

export const listOwnSubmissionsInput = z.object({
  activity: z.enum(ACTIVITY_CODES).optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListOwnSubmissionsInput = z.input<typeof listOwnSubmissionsInput>;

export interface OwnSubmissionItem extends SubmissionDto {
  summary: SubmissionSummary;
}

/** The signed-in educator's own submissions, newest first, each with what identifies it. */
export async function listOwnSubmissions(
  user: UserRow,
  rawInput: ListOwnSubmissionsInput = {},
): Promise<{ items: OwnSubmissionItem[]; total: number }> {
  const input = listOwnSubmissionsInput.parse(rawInput);
  const filters: SQL[] = [eq(submissions.user_id, user.id)];
  if (input.activity) filters.push(eq(submissions.activity_code, input.activity));
  if (input.status) filters.push(eq(submissions.status, input.status));
  return withUser(dbSession(user), async (tx) => {
    const rows = await tx
      .select()
      .from(submissions)
      .where(and(...filters))
      .orderBy(desc(submissions.created_at), desc(submissions.id))
      .limit(input.limit)
      .offset(input.offset);
    const [total] = await tx
      .select({ n: count() })
      .from(submissions)
      .where(and(...filters));
    const files = await loadAttachmentFiles(tx, rows);
    const items = rows.map((row) => toSubmissionDto(row, files));
    const summaries = await describeSubmissions(tx, items);
    return {
      items: items.map((item) => ({ ...item, summary: summaries.get(item.id)! })),
      total: total?.n ?? 0,
    };
  });
}
