import "server-only";
import { eq } from "drizzle-orm";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import { lockUserPoints } from "../ledger/lock-user-points";
import type { SubmissionRow } from "../submissions/submission-dto";

/**
 * Locks a submission for a review action, always in the same order as every other
 * writer (the owner's points lock first, then the row), so reviews, edits and other
 * approvals of the same person queue up instead of deadlocking.
 */
export async function lockSubmissionForReview(tx: Tx, id: string): Promise<SubmissionRow> {
  const [peek] = await tx
    .select({ userId: submissions.user_id })
    .from(submissions)
    .where(eq(submissions.id, id));
  if (!peek) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
  await lockUserPoints(tx, peek.userId);
  const [row] = await tx.select().from(submissions).where(eq(submissions.id, id)).for("update");
  if (!row) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
  return row;
}
