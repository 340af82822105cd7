import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { isActivityCode } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { AppError } from "@/server/errors";
import { getReviewDetail, type ReviewDetail } from "@/server/review/get-review-detail";
import { listReviewQueue } from "@/server/review/list-review-queue";
import { hasRole } from "@/server/users/roles";
import { activityName } from "@/ui/activities/activity-name";
import { AttachmentsSection } from "@/ui/evidence/attachments-section";
import { formatDateTime } from "@/ui/format/format-date-time";
import { PayloadDetails } from "@/ui/evidence/payload-details";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import { approveSubmission, rejectSubmission, reverseSubmission } from "../actions";
import { EducatorRecord } from "./educator-record";
import { ReviewActions } from "./review-actions";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.detail");
  return { title: t("metaTitle") };
}

export default async function ReviewSubmissionPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("review")]);
  const { id } = await params;
  const reviewer = await requirePageRole("REVIEWER", `/admin/review/${encodeURIComponent(id)}`);
  const [detail, badges, pending] = await Promise.all([
    getReviewDetail(reviewer, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listBadges(),
    listReviewQueue(reviewer, { status: "PENDING", limit: 3 }),
  ]);
  const { submission, user } = detail;
  const badgeNames = Object.fromEntries(badges.map((badge) => [badge.code, badge.name]));
  const next = pending.items.find((item) => item.id !== id && item.userId !== reviewer.id);

  return (
    <>
      <PageHeader
        back={{ href: "/admin/review", label: t("queue.title") }}
        title={t("submissionBy", { activity: activityName(submission.activity), name: user.name })}
      />
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600">
        <SubmissionStatusPill status={submission.status} />
        <span>
          @{user.handle}
          {user.school ? ` · ${user.school}` : ""}
          {user.cohort ? ` · ${user.cohort}` : ""}
        </span>
        <span>
          {t("detail.submitted")}{" "}
          <time dateTime={submission.createdAt}>
            {formatDateTime(format, submission.createdAt)}
          </time>
        </span>
        <span>{submission.visibility === "PUBLIC" ? t("detail.public") : t("detail.private")}</span>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-10">
          <PageSection id="evidence" title={t("detail.evidence")}>
            <div className="mt-4">
              {isActivityCode(submission.activity) ? (
                <PayloadDetails activity={submission.activity} payload={submission.payload} />
              ) : (
                <pre className="font-mono text-sm whitespace-pre-wrap text-slate-900 wrap-anywhere">
                  {JSON.stringify(submission.payload, null, 2)}
                </pre>
              )}
            </div>
          </PageSection>
          <AttachmentsSection attachments={submission.attachments} />
        </div>

        <PageSection
          id="decision"
          title={t("detail.decision")}
          className="lg:border-l lg:border-slate-200 lg:pl-8"
        >
          <div className="mt-4">
            <ReviewActions
              status={submission.status}
              ownSubmission={detail.ownSubmission}
              quote={detail.quote}
              version={detail.version}
              canReverse={submission.status === "APPROVED" && hasRole(reviewer.role, "ADMIN")}
              educatorName={user.name}
              badgeNames={badgeNames}
              nextPendingHref={next ? `/admin/review/${encodeURIComponent(next.id)}` : null}
              outcome={<PastOutcome detail={detail} reviewerId={reviewer.id} />}
              approve={approveSubmission.bind(null, id)}
              reject={rejectSubmission.bind(null, id)}
              reverse={reverseSubmission.bind(null, id)}
            />
          </div>
        </PageSection>
      </div>

      <EducatorRecord detail={detail} badgeNames={badgeNames} />
    </>
  );
}

/** How the submission was decided, from its status, note and ledger rows. */
function PastOutcome({ detail, reviewerId }: { detail: ReviewDetail; reviewerId: string }) {
  const t = useTranslations("review.detail");
  const { submission, ledger } = detail;
  const credited = ledger.find(
    (entry) => entry.externalEventId === `submission:${submission.id}:approved`,
  );
  const reversed = ledger.find(
    (entry) => entry.externalEventId === `submission:${submission.id}:reversed`,
  );
  const approved = submission.status === "APPROVED";
  return (
    <div
      className={`rounded-xl border p-4 text-sm ${approved ? "border-green-300 bg-green-50 text-green-950" : "border-red-200 bg-red-50 text-red-950"}`}
    >
      <p className="text-base font-semibold">
        {t("outcome", {
          outcome: approved ? "approved" : reversed ? "reversed" : "rejected",
          mine: submission.reviewerId === reviewerId ? "yes" : "no",
        })}
      </p>
      {credited ? (
        <p className="mt-1">{t("credited", { points: credited.points })}</p>
      ) : approved ? (
        <p className="mt-1">{t("noneCredited")}</p>
      ) : null}
      {reversed ? (
        <p className="mt-1">{t("takenBack", { points: Math.abs(reversed.points) })}</p>
      ) : null}
      {submission.reviewNote ? (
        <p className="mt-2 break-words whitespace-pre-wrap">
          <span className="font-semibold">{t("note")}</span> {submission.reviewNote}
        </p>
      ) : null}
    </div>
  );
}
