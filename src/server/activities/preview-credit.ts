import "server-only";
import { dbSession } from "../auth/guards";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import { ACTIVITY_CANON, type ActivityCode } from "./activity-canon";
import { computeCredit, type CreditQuote } from "./compute-credit";

/**
 * What an approval would credit the educator now, for the evidence forms: the same
 * rules approval uses. A payload that does not validate yet gets the rule in words.
 */
export async function previewCredit(
  user: UserRow,
  activity: ActivityCode,
  payload: unknown,
): Promise<CreditQuote> {
  const parsed = ACTIVITY_CANON[activity].payload.safeParse(payload);
  if (!parsed.success) return { points: 0, explanation: ACTIVITY_CANON[activity].pointsRule };
  return withUser(dbSession(user), (tx) =>
    computeCredit(tx, { userId: user.id, activity, payload: parsed.data }),
  );
}
