import "server-only";
import { and, desc, eq, sum } from "drizzle-orm";
import { selectEarnedBadges, type EarnedBadgeDto } from "../badges/select-earned-badges";
import { asVisitor } from "../db/as-visitor";
import { privileged } from "../db/privileged";
import { points_ledger, public_profiles, submissions } from "../db/schema";
import { visitorProfileColumns, visitorSubmissionColumns } from "../db/visitor-columns";
import { AppError } from "../errors";
import { leaderboardTotals } from "../leaderboard/leaderboard-views";
import { loadAttachmentFiles } from "../submissions/load-attachment-files";
import { toSubmissionDto, type AttachmentDto } from "../submissions/submission-dto";
import { toPublicEducator, type PublicEducator } from "./public-educator";

export interface PublicProfile extends PublicEducator {
  /** All-time rank; null for staff and anyone not (yet) on the leaderboard. */
  rank: number | null;
  badges: EarnedBadgeDto[];
  submissions: {
    id: string;
    activity: string;
    payload: unknown;
    attachments: AttachmentDto[];
    approvedAt: string;
  }[];
}

/**
 * `/u/<handle>` (docs/product.md §8): public columns, points, rank, badges and APPROVED PUBLIC
 * submissions only — read as a visitor, so RLS alone decides which submissions show.
 * Never the email. Unknown and anonymised handles are NOT_FOUND.
 */
export async function getPublicProfile(handle: string): Promise<PublicProfile> {
  const found = await asVisitor(
    async (tx) => {
      const [profile] = await tx
        .select(visitorProfileColumns)
        .from(public_profiles)
        .where(eq(public_profiles.handle, handle.toLowerCase()));
      if (!profile || profile.anonymised) return null;
      const [ranked] = await tx
        .select({ rank: leaderboardTotals.rank })
        .from(leaderboardTotals)
        .where(eq(leaderboardTotals.user_id, profile.id));
      const earned = await selectEarnedBadges(tx, profile.id);
      const shown = await tx
        .select(visitorSubmissionColumns)
        .from(submissions)
        .where(
          and(
            eq(submissions.user_id, profile.id),
            eq(submissions.status, "APPROVED"),
            eq(submissions.visibility, "PUBLIC"),
          ),
        )
        .orderBy(desc(submissions.updated_at))
        .limit(50);
      const files = await loadAttachmentFiles(tx, shown);
      return {
        profile,
        rank: ranked?.rank ?? null,
        earned,
        shown: shown.map((row) => toSubmissionDto(row, files)),
      };
    },
    { readOnly: true },
  );
  if (!found) throw new AppError("NOT_FOUND", "errors.profiles.notFound");
  // Totals are public (they make the leaderboard); the ledger rows behind them are not,
  // so only the sum leaves the privileged path.
  const [total] = await privileged(
    { system: "public-profile" },
    (tx) =>
      tx
        .select({ points: sum(points_ledger.delta_points) })
        .from(points_ledger)
        .where(eq(points_ledger.user_id, found.profile.id)),
    { readOnly: true },
  );
  const { profile } = found;
  return {
    ...toPublicEducator(profile, Number(total?.points ?? 0)),
    rank: found.rank,
    badges: found.earned,
    submissions: found.shown.map((submission) => ({
      id: submission.id,
      activity: submission.activity,
      payload: submission.payload,
      attachments: submission.attachments,
      approvedAt: submission.updatedAt,
    })),
  };
}
