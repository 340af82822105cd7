import "server-only";
import type { Locale } from "@/i18n/locales";
import { ACTIVITY_CANON, type ActivityCode } from "../activities/activity-canon";
import type { CreditQuote } from "../activities/points-rules";
import { dbSession } from "../db/db-session";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { checkSubmissionLimits } from "../submissions/check-submission-limits";
import type { UserRow } from "../users/user-dto";
import { computeCredit } from "./compute-credit";

export interface CreditPreview extends CreditQuote {
  /** Set when submitting this evidence now would be refused (window, Learn, rate limit). */
  refusal?: string;
}

/**
 * What the evidence forms show before submitting: the limits submitting would check
 * (so the form never promises what the server then refuses), then the points approval
 * would credit now — the same functions submission and approval use. A payload that
 * does not validate yet gets the rule in words. `submissionId` leaves an edited
 * submission out of its own window. A refusal is worded in `locale` (the page's).
 */
export async function previewCredit(
  user: UserRow,
  activity: ActivityCode,
  payload: unknown,
  options: { submissionId?: string; locale?: Locale } = {},
): Promise<CreditPreview> {
  const parsed = ACTIVITY_CANON[activity].payload.safeParse(payload);
  if (!parsed.success) return { points: 0, explanation: ACTIVITY_CANON[activity].pointsRule };
  return withUser(dbSession(user), async (tx) => {
    try {
      await checkSubmissionLimits(tx, {
        userId: user.id,
        activity,
        payload: parsed.data,
        submissionId: options.submissionId,
        isNew: options.submissionId === undefined,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refusal = error.messageIn(options.locale ?? "en");
      return { points: 0, explanation: refusal, refusal };
    }
    return computeCredit(tx, {
      id: options.submissionId,
      userId: user.id,
      activity,
      payload: parsed.data,
    });
  });
}
