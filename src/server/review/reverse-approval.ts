import "server-only";
import { eq, sum } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { points_ledger, submissions } from "../db/schema";
import { AppError } from "../errors";
import { creditPoints } from "../ledger/credit-points";
import { writeLedgerContext } from "../ledger/write-ledger-context";
import type { UserRow } from "../users/user-dto";
import { lockSubmissionForReview } from "./lock-submission-for-review";

/**
 * An admin reverses an approval (docs/product.md §4, §5): the submission becomes REJECTED with the
 * admin's note and a compensating negative ledger row takes back exactly what the
 * approval credited, once. Earned badges stay (they are sticky; an admin revokes them
 * separately if needed). Audited.
 */
export async function reverseApproval(
  admin: UserRow,
  id: string,
  note: string,
): Promise<{ id: string; status: "REJECTED"; pointsReversed: number }> {
  return privileged({ userId: admin.id }, async (tx) => {
    const submission = await lockSubmissionForReview(tx, id);
    if (submission.status !== "APPROVED") {
      throw new AppError("CONFLICT", "errors.review.onlyApprovedReversed", {
        values: { status: submission.status },
      });
    }
    const [credited] = await tx
      .select({ points: sum(points_ledger.delta_points) })
      .from(points_ledger)
      .where(eq(points_ledger.external_event_id, `submission:${id}:approved`));
    const points = Number(credited?.points ?? 0);
    await tx
      .update(submissions)
      .set({ status: "REJECTED", reviewer_id: admin.id, review_note: note })
      .where(eq(submissions.id, id));
    if (points !== 0) {
      const ledger = await creditPoints(tx, {
        userId: submission.user_id,
        activity: submission.activity_code,
        source: "FORM",
        delta: -points,
        externalSource: "submission",
        externalEventId: `submission:${id}:reversed`,
      });
      if (!ledger) throw new AppError("CONFLICT", "errors.review.alreadyReversed");
      await writeLedgerContext(tx, ledger.id, { reversal: true, note });
    }
    await writeAudit(tx, {
      actorId: admin.id,
      action: "submission.reversed",
      targetId: id,
      meta: { pointsReversed: points, note },
    });
    return { id, status: "REJECTED", pointsReversed: points };
  });
}
