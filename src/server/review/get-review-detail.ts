import "server-only";
import { desc, eq, sum } from "drizzle-orm";
import { isActivityCode } from "../activities/activity-canon";
import type { CreditQuote } from "../activities/points-rules";
import { dbSession } from "../db/db-session";
import { computeCredit } from "../credit/compute-credit";
import { earned_badges, points_ledger, public_profiles, submissions } from "../db/schema";
import type { Tx } from "../db/types";
import { withUser } from "../db/with-user";
import { AppError } from "../errors";
import { loadAttachmentFiles } from "../submissions/load-attachment-files";
import { toSubmissionDto, type SubmissionDto } from "../submissions/submission-dto";
import type { UserRow } from "../users/user-dto";
import { submissionVersion } from "./submission-version";

export interface ReviewDetail {
  submission: SubmissionDto;
  /** What a review of this submission must send back (docs/product.md §4). */
  version: string;
  user: {
    id: string;
    handle: string;
    name: string;
    school: string | null;
    cohort: string | null;
    totalPoints: number;
  };
  history: {
    id: string;
    activity: string;
    status: string;
    createdAt: string;
    reviewNote: string | null;
  }[];
  ledger: {
    activity: string;
    source: string;
    points: number;
    createdAt: string;
    externalEventId: string | null;
  }[];
  badges: string[];
  /** What approving now would credit (null once reviewed). */
  quote: CreditQuote | null;
  /** The reviewer is the submitter: they may look but never review. */
  ownSubmission: boolean;
}

/** Everything a reviewer needs on one page (docs/product.md §4), read under the reviewer's RLS. */
export async function getReviewDetail(reviewer: UserRow, id: string): Promise<ReviewDetail> {
  return withUser(dbSession(reviewer), async (tx) => {
    const [found] = await tx
      .select({ row: submissions, version: submissionVersion })
      .from(submissions)
      .where(eq(submissions.id, id));
    if (!found) throw new AppError("NOT_FOUND", "errors.submissions.notFound");
    const { row, version } = found;
    const [profile] = await tx
      .select()
      .from(public_profiles)
      .where(eq(public_profiles.id, row.user_id));
    const history = await newestOf(tx, submissions, row.user_id);
    const ledger = await newestOf(tx, points_ledger, row.user_id);
    const [total] = await tx
      .select({ points: sum(points_ledger.delta_points) })
      .from(points_ledger)
      .where(eq(points_ledger.user_id, row.user_id));
    const badges = await tx
      .select({ code: earned_badges.badge_code })
      .from(earned_badges)
      .where(eq(earned_badges.user_id, row.user_id));
    const quote =
      row.status === "PENDING" && isActivityCode(row.activity_code)
        ? await computeCredit(tx, {
            id: row.id,
            userId: row.user_id,
            activity: row.activity_code,
            payload: row.payload,
          })
        : null;
    return {
      submission: toSubmissionDto(row, await loadAttachmentFiles(tx, [row])),
      version,
      user: {
        id: row.user_id,
        handle: profile?.handle ?? "",
        name: profile?.name ?? "",
        school: profile?.school ?? null,
        cohort: profile?.cohort ?? null,
        totalPoints: Number(total?.points ?? 0),
      },
      history: history
        .filter((item) => item.id !== row.id)
        .map((item) => ({
          id: item.id,
          activity: item.activity_code,
          status: item.status,
          createdAt: item.created_at.toISOString(),
          reviewNote: item.review_note,
        })),
      ledger: ledger.map((entry) => ({
        activity: entry.activity_code,
        source: entry.source,
        points: entry.delta_points,
        createdAt: entry.created_at.toISOString(),
        externalEventId: entry.external_event_id,
      })),
      badges: badges.map((badge) => badge.code),
      quote,
      ownSubmission: row.user_id === reviewer.id,
    };
  });
}

/** The educator's latest 50 rows of a per-user table, newest first. */
async function newestOf<T extends typeof submissions | typeof points_ledger>(
  tx: Tx,
  table: T,
  userId: string,
): Promise<T["$inferSelect"][]> {
  return tx
    .select()
    .from(table as typeof submissions | typeof points_ledger)
    .where(eq(table.user_id, userId))
    .orderBy(desc(table.created_at))
    .limit(50);
}
