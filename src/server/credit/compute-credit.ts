import "server-only";
import { and, count, eq, ne } from "drizzle-orm";
import type { ActivityCode } from "../activities/activity-canon";
import type { AmplifyPayload } from "../activities/activity-payloads";
import { amplifyQuote } from "../activities/amplify-rules";
import {
  firstApprovedQuote,
  learnCertificateQuote,
  SHINE_QUOTE,
  type CreditQuote,
} from "../activities/points-rules";
import { submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { getActivityPoints } from "../ledger/get-activity-points";
import { getLearnTotals } from "../ledger/get-learn-totals";
import { amplifyWindowUsage } from "../submissions/amplify-window-usage";

/**
 * The points approving this submission would credit now (docs/product.md §3): reads what
 * the point rules (activities/points-rules.ts, amplify-rules.ts) need and applies them.
 * Approval calls it under the user's points lock, so the answer is the credit; forms
 * call it for a preview.
 */
export async function computeCredit(
  tx: Tx,
  submission: { id?: string; userId: string; activity: ActivityCode; payload: unknown },
): Promise<CreditQuote> {
  const { activity, userId } = submission;
  switch (activity) {
    case "LEARN":
      return learnCertificateQuote(await getLearnTotals(tx, userId));
    case "EXPLORE":
    case "PRESENT": {
      const current = await getActivityPoints(tx, userId, activity);
      const [approved] = await tx
        .select({ n: count() })
        .from(submissions)
        .where(
          and(
            eq(submissions.user_id, userId),
            eq(submissions.activity_code, activity),
            eq(submissions.status, "APPROVED"),
            ne(submissions.id, submission.id ?? ""),
          ),
        );
      return firstApprovedQuote({
        activityName: activity.charAt(0) + activity.slice(1).toLowerCase(),
        defaultPoints: current.defaultPoints,
        alreadyApproved: (approved?.n ?? 0) > 0,
      });
    }
    case "AMPLIFY": {
      const payload = submission.payload as AmplifyPayload;
      const used = await amplifyWindowUsage(tx, {
        userId,
        sessionDate: payload.sessionDate,
        statuses: ["APPROVED"],
        excludeId: submission.id,
      });
      return amplifyQuote({
        sessionDate: payload.sessionDate,
        reported: { peers: payload.peersTrained, students: payload.studentsTrained },
        used,
      });
    }
    case "SHINE":
      return SHINE_QUOTE;
  }
}
