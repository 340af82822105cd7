import { getFormatter, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isActivityCode, type ActivityCode } from "@/server/activities/activity-canon";
import { requirePageUser } from "@/server/auth/page-guards";
import { AppError } from "@/server/errors";
import { findOwnWithdrawal } from "@/server/submissions/find-own-withdrawal";
import { getSubmission } from "@/server/submissions/get-submission";
import type { SubmissionDto } from "@/server/submissions/submission-dto";
import { MAX_UPLOAD_BYTES } from "@/server/uploads/create-upload";
import type { UserRow } from "@/server/users/user-dto";
import { activityName } from "@/ui/activities/activity-name";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { AttachmentsSection } from "@/ui/evidence/attachments-section";
import { BackLink } from "@/ui/common/back-link";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { evidenceDateBounds } from "@/ui/evidence/evidence-date-bounds";
import { EvidenceForm } from "@/ui/evidence/evidence-form";
import { valuesFromPayload } from "@/ui/evidence/evidence-payload";
import { formatDateTime } from "@/ui/format/format-date-time";
import { NoticeBanner } from "@/ui/forms/notice-banner";
import { PayloadDetails } from "@/ui/evidence/payload-details";
import { ReviewerNote } from "@/ui/evidence/reviewer-note";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import { VisibilitySwitch } from "@/ui/evidence/visibility-switch";
import { WithdrawSubmissionForm } from "@/ui/evidence/withdraw-submission-form";
import { WithdrawnSubmission } from "@/ui/evidence/withdrawn-submission";
import { previewPoints } from "../../submit/[activity]/actions";
import { noticeMessage } from "../../notice-messages";
import { changeVisibility, saveEvidence, withdrawEvidence } from "./actions";
import { PageSection } from "@/ui/common/page-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("submission");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function SubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("submission")]);
  const { id } = await params;
  const path = `/dashboard/submissions/${encodeURIComponent(id)}`;
  const user = await requirePageUser(path);
  const submission = await findOwnSubmission(user, id);
  if (!submission) {
    const withdrawal = await findOwnWithdrawal({ userId: user.id, submissionId: id });
    if (!withdrawal) notFound();
    return <WithdrawnSubmission withdrawal={withdrawal} />;
  }
  if (!isActivityCode(submission.activity)) notFound();
  const activity: ActivityCode = submission.activity;
  const query = await searchParams;
  const pending = submission.status === "PENDING";
  const editing = pending && query.edit === "1";

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">{t("dashboard")}</BackLink>
      <NoticeBanner message={await noticeMessage(query.notice)} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title", { activity: activityName(activity) })}
        </h1>
        <SubmissionStatusPill status={submission.status} />
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {t("submitted", { date: formatDateTime(format, submission.createdAt) })}
        {submission.updatedAt !== submission.createdAt
          ? [" · ", t("lastChanged", { date: formatDateTime(format, submission.updatedAt) })]
          : null}
      </p>
      <p className="mt-3 max-w-2xl text-slate-700">{t(`statusText.${submission.status}`)}</p>
      {submission.reviewNote ? (
        <ReviewerNote status={submission.status} note={submission.reviewNote} />
      ) : null}

      {editing ? (
        <PageSection id="edit" title={t("edit.title")} className="mt-10">
          <EvidenceForm
            // A fresh form after each save, prefilled from what was stored.
            key={submission.updatedAt}
            activity={activity}
            action={saveEvidence.bind(null, submission.id, activity)}
            preview={previewPoints.bind(null, submission.id)}
            initialValues={valuesFromPayload(activity, submission.payload)}
            initialAttachments={submission.attachments}
            dateBounds={evidenceDateBounds(activity)}
            maxUploadBytes={MAX_UPLOAD_BYTES}
            withVisibility={false}
            submitLabel={t("edit.save")}
            pendingLabel={t("edit.saving")}
            cancelHref={path}
          />
        </PageSection>
      ) : (
        <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="flex flex-col gap-10">
            <PageSection
              id="evidence"
              title={t("evidenceTitle")}
              action={
                pending ? (
                  <Link href={`${path}?edit=1`} className={`${secondaryButtonClass} py-2`}>
                    {t("edit.open")}
                  </Link>
                ) : null
              }
            >
              <div className="mt-4">
                <PayloadDetails activity={activity} payload={submission.payload} />
              </div>
            </PageSection>
            <AttachmentsSection attachments={submission.attachments} />
          </div>
          <aside className="flex flex-col gap-6" aria-label={t("settingsLabel")}>
            <PageSection id="visibility" title={t("visibilityTitle")} look="card">
              <div className="mt-2">
                <VisibilitySwitch
                  visibility={submission.visibility}
                  action={changeVisibility.bind(null, submission.id)}
                />
              </div>
            </PageSection>
            {pending ? (
              <PageSection id="withdraw" title={t("withdrawTitle")} look="card">
                <p className="mt-1 mb-3 text-sm text-slate-700">{t("withdrawIntro")}</p>
                <WithdrawSubmissionForm action={withdrawEvidence.bind(null, submission.id)} />
              </PageSection>
            ) : (
              <Link href={submitEvidencePath(activity)} className={`${secondaryButtonClass} py-2`}>
                {t("sendNew", { activity: activityName(activity) })}
              </Link>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

/** The reader's own submission, or null when it does not exist (any more) for them. */
async function findOwnSubmission(user: UserRow, id: string): Promise<SubmissionDto | null> {
  try {
    const submission = await getSubmission(user, id);
    // Only the owner's full view counts: a public copy of someone else's is not "own".
    return submission.userId === user.id && "reviewNote" in submission ? submission : null;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
