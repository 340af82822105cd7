import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { ActivityCode } from "../activities/activity-canon";
import type { AmplifyPayload } from "../activities/activity-payloads";
import { amplifyRefusal } from "../activities/amplify-rules";
import { learnCompleteRefusal } from "../activities/points-rules";
import { queryRows } from "../db/query-rows";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import { getLearnTotals } from "../ledger/get-learn-totals";
import { amplifyWindowUsage } from "./amplify-window-usage";

export const MAX_SUBMISSIONS_PER_HOUR = 10;

/**
 * The anti-gaming rules of docs/product.md §3 checked when evidence is submitted or edited; each
 * refusal says which limit was hit and what remains. The caller holds the user's points
 * lock, so two submissions at once are checked one after the other.
 */
export async function checkSubmissionLimits(
  tx: Tx,
  options: {
    userId: string;
    activity: ActivityCode;
    payload: unknown;
    submissionId?: string;
    isNew: boolean;
  },
): Promise<void> {
  if (options.isNew) {
    const [recent] = await queryRows<{ n: number }>(tx, sql`SELECT recent_submission_count() AS n`);
    if ((recent?.n ?? 0) >= MAX_SUBMISSIONS_PER_HOUR) {
      throw new AppError("RATE_LIMITED", "errors.submissions.hourlyLimit", {
        values: { max: MAX_SUBMISSIONS_PER_HOUR },
        retryAfter: 3600,
      });
    }
  }
  if (options.activity === "AMPLIFY") await checkAmplifyWindow(tx, options);
  if (options.activity === "LEARN") await checkLearn(tx, options);
}

async function checkAmplifyWindow(
  tx: Tx,
  options: { userId: string; payload: unknown; submissionId?: string },
) {
  const payload = options.payload as AmplifyPayload;
  const used = await amplifyWindowUsage(tx, {
    userId: options.userId,
    sessionDate: payload.sessionDate,
    statuses: ["PENDING", "APPROVED"],
    excludeId: options.submissionId,
  });
  const refusal = amplifyRefusal({
    sessionDate: payload.sessionDate,
    reported: { peers: payload.peersTrained, students: payload.studentsTrained },
    used,
  });
  if (refusal) {
    throw new AppError("UNPROCESSABLE", refusal.message, { details: refusal.details });
  }
}

async function checkLearn(tx: Tx, options: { userId: string; submissionId?: string }) {
  const [open] = await tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(
      and(
        eq(submissions.user_id, options.userId),
        eq(submissions.activity_code, "LEARN"),
        inArray(submissions.status, ["PENDING", "APPROVED"]),
        ne(submissions.id, options.submissionId ?? ""),
      ),
    )
    .limit(1);
  if (open) {
    throw new AppError("CONFLICT", "errors.submissions.learnAlreadySent");
  }
  const complete = learnCompleteRefusal(await getLearnTotals(tx, options.userId));
  if (complete) throw new AppError("CONFLICT", complete);
}
