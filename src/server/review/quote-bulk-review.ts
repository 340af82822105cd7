import "server-only";
import { inArray } from "drizzle-orm";
import { isActivityCode } from "../activities/activity-canon";
import { computeCredit } from "../credit/compute-credit";
import { dbSession } from "../db/db-session";
import { submissions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";

export interface BulkReviewQuote {
  /** How many submissions were selected. */
  selected: number;
  /** How many of them the reviewer may still review (pending, not their own). */
  reviewable: number;
  /** What approving the reviewable ones would credit, each quoted on its own now. */
  points: number;
  /** Some educator has more than one of them: together they may credit less. */
  sharedEducator: boolean;
}

/**
 * What a bulk approval of `ids` would do, before the reviewer confirms it: the same
 * computeCredit the review page quotes, under the reviewer's RLS. Nothing is written.
 */
export async function quoteBulkReview(reviewer: UserRow, ids: string[]): Promise<BulkReviewQuote> {
  const unique = [...new Set(ids)];
  return withUser(dbSession(reviewer), async (tx) => {
    const rows = await tx.select().from(submissions).where(inArray(submissions.id, unique));
    const open = rows.filter((row) => row.status === "PENDING" && row.user_id !== reviewer.id);
    let points = 0;
    for (const row of open) {
      if (!isActivityCode(row.activity_code)) continue;
      const quote = await computeCredit(tx, {
        id: row.id,
        userId: row.user_id,
        activity: row.activity_code,
        payload: row.payload,
      });
      points += quote.points;
    }
    const educators = new Set(open.map((row) => row.user_id));
    return {
      selected: unique.length,
      reviewable: open.length,
      points,
      sharedEducator: educators.size < open.length,
    };
  });
}
