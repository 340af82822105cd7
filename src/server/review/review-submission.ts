import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { isActivityCode } from "../activities/activity-canon";
import { overrideBand, overrideRefusal } from "../activities/points-rules";
import { writeAudit } from "../audit/write-audit";
import { evaluateBadges } from "../badges/evaluate-badges";
import { privileged } from "../db/privileged";
import { submissions, uploads } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import { fieldProblem } from "@/server/messages/error-text";
import { computeCredit } from "../credit/compute-credit";
import { creditPoints } from "../ledger/credit-points";
import { writeLedgerContext } from "../ledger/write-ledger-context";
import type { SubmissionRow } from "../submissions/submission-dto";
import type { UserRow } from "../users/user-dto";
import { badgeNames } from "../mail/badge-names";
import { notifyUser } from "../mail/notify-user";
import { reviewOutcomeMail } from "../mail/templates/review-outcome-mail";
import { lockSubmissionForReview } from "./lock-submission-for-review";
import type { ReviewInput } from "./review-inputs";
import { submissionVersion } from "./submission-version";

export interface ReviewResult {
  id: string;
  status: "APPROVED" | "REJECTED";
  pointsCredited: number;
  computedPoints: number;
  explanation: string;
  badgesAwarded: string[];
}

/**
 * Approves or rejects one PENDING submission (docs/product.md §4) in one transaction: status,
 * reviewer and note, the ledger credit (idempotent per submission), badge evaluation
 * and one audit row. Never one's own submission (403); anything not PENDING is a 409,
 * which is what the losers of two simultaneous approvals get. The review must name the
 * version the reviewer saw: if the owner edited the submission since, nothing is written
 * (409 STALE_SUBMISSION).
 */
export async function reviewSubmission(
  reviewer: UserRow,
  id: string,
  input: ReviewInput,
): Promise<ReviewResult> {
  return privileged({ userId: reviewer.id }, async (tx) => {
    const submission = await lockSubmissionForReview(tx, id);
    if (submission.user_id === reviewer.id) {
      throw new AppError("FORBIDDEN", "errors.review.ownSubmission");
    }
    if (submission.status !== "PENDING") {
      throw new AppError("CONFLICT", "errors.review.alreadyReviewed", {
        values: { status: submission.status },
      });
    }
    await refuseStaleVersion(tx, id, input.version);
    if (!isActivityCode(submission.activity_code))
      throw new AppError("UNPROCESSABLE", "errors.activities.unknown");
    const quote = await computeCredit(tx, {
      id,
      userId: submission.user_id,
      activity: submission.activity_code,
      payload: submission.payload,
    });

    if (input.action === "reject") {
      await setReviewed(tx, submission, "REJECTED", reviewer.id, input.note!);
      await writeAudit(tx, {
        actorId: reviewer.id,
        action: "submission.rejected",
        targetId: id,
        meta: { note: input.note },
      });
      const badgesAwarded = await evaluateBadges(tx, submission.user_id, reviewer.id);
      await notifyOutcome(tx, submission, "REJECTED", 0, badgesAwarded, input.note!);
      return {
        id,
        status: "REJECTED",
        pointsCredited: 0,
        computedPoints: quote.points,
        explanation: quote.explanation,
        badgesAwarded,
      };
    }

    if (submission.activity_code === "LEARN") await refuseReusedCertificate(tx, submission);
    const points =
      input.points === undefined ? quote.points : checkOverride(quote.points, input.points);
    await setReviewed(tx, submission, "APPROVED", reviewer.id, input.note ?? null);
    if (points > 0) {
      const ledger = await creditPoints(tx, {
        userId: submission.user_id,
        activity: submission.activity_code,
        source: "FORM",
        delta: points,
        externalSource: "submission",
        externalEventId: `submission:${id}:approved`,
      });
      if (!ledger) throw new AppError("CONFLICT", "errors.review.alreadyCredited");
      await writeLedgerContext(tx, ledger.id, {
        computedPoints: quote.points,
        explanation: quote.explanation,
        ...(quote.clamp && { clamp: quote.clamp }),
        ...(input.points !== undefined && { override: { points, note: input.note } }),
      });
    }
    const badgesAwarded = await evaluateBadges(tx, submission.user_id, reviewer.id);
    await notifyOutcome(tx, submission, "APPROVED", points, badgesAwarded, input.note ?? null);
    await writeAudit(tx, {
      actorId: reviewer.id,
      action: "submission.approved",
      targetId: id,
      meta: {
        points,
        computedPoints: quote.points,
        ...(quote.clamp && { clamp: quote.clamp }),
        ...(input.points !== undefined && { override: true }),
        ...(input.note && { note: input.note }),
      },
    });
    return {
      id,
      status: "APPROVED",
      pointsCredited: points,
      computedPoints: quote.points,
      explanation: quote.explanation,
      badgesAwarded,
    };
  });
}

/**
 * The outcome mail (docs/product.md §13), queued in the review's transaction: a rolled-back
 * review mails nothing, and `review:<id>` mails a raced or retried review once.
 */
async function notifyOutcome(
  tx: Tx,
  submission: SubmissionRow,
  status: "APPROVED" | "REJECTED",
  points: number,
  badgeCodes: string[],
  note: string | null,
): Promise<void> {
  await notifyUser(
    tx,
    submission.user_id,
    reviewOutcomeMail,
    {
      submissionId: submission.id,
      activity: submission.activity_code,
      status,
      points,
      badges: await badgeNames(tx, badgeCodes),
      note,
    },
    `review:${submission.id}`,
  );
}

/** An override stays within the band of overrideBand (docs/product.md §4). */
function checkOverride(computed: number, points: number): number {
  const refusal = overrideRefusal(computed, points);
  if (refusal) {
    const { low, high } = overrideBand(computed);
    throw new AppError("UNPROCESSABLE", refusal, {
      details: [fieldProblem("points", "errors.review.overrideRangeField", { low, high })],
    });
  }
  return points;
}

/** The row is locked, so its version cannot change between this check and the writes. */
async function refuseStaleVersion(tx: Tx, id: string, seen: string): Promise<void> {
  const [current] = await tx
    .select({ version: submissionVersion })
    .from(submissions)
    .where(eq(submissions.id, id));
  if (current?.version !== seen) {
    throw new AppError("STALE_SUBMISSION", "errors.review.stale");
  }
}

/** The same certificate file (by SHA-256) is approved once, for anyone (docs/product.md §3). */
async function refuseReusedCertificate(tx: Tx, submission: SubmissionRow): Promise<void> {
  const own = await tx
    .select({ sha256: uploads.sha256 })
    .from(uploads)
    .where(eq(uploads.submission_id, submission.id));
  if (own.length === 0) return;
  const [reused] = await tx
    .select({ id: submissions.id })
    .from(uploads)
    .innerJoin(submissions, eq(submissions.id, uploads.submission_id))
    .where(
      and(
        inArray(
          uploads.sha256,
          own.map((file) => file.sha256),
        ),
        eq(submissions.activity_code, "LEARN"),
        eq(submissions.status, "APPROVED"),
        ne(submissions.id, submission.id),
      ),
    )
    .limit(1);
  if (reused) throw new AppError("CONFLICT", "errors.review.certificateUsed");
}

async function setReviewed(
  tx: Tx,
  submission: SubmissionRow,
  status: "APPROVED" | "REJECTED",
  reviewerId: string,
  note: string | null,
): Promise<void> {
  await tx
    .update(submissions)
    .set({ status, reviewer_id: reviewerId, review_note: note })
    .where(eq(submissions.id, submission.id));
}
