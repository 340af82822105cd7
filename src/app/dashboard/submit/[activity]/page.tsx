import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { requirePageUser } from "@/server/auth/page-guards";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { MAX_UPLOAD_BYTES } from "@/server/uploads/create-upload";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { activityName } from "@/ui/activities/activity-name";
import { activityFromSlug, submitEvidencePath } from "@/ui/activities/activity-slugs";
import { BackLink } from "@/ui/common/back-link";
import { EmptyState } from "@/ui/common/empty-state";
import { LearnClosedReason } from "@/ui/dashboard/learn-closed-reason";
import { evidenceDateBounds } from "@/ui/evidence/evidence-date-bounds";
import { EvidenceForm } from "@/ui/evidence/evidence-form";
import { leapsActivitySummaries } from "@/ui/activities/leaps-activity-summaries";
import { previewPoints, submitEvidence } from "./actions";

type Params = Promise<{ activity: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const activity = activityFromSlug((await params).activity);
  if (!activity) {
    const tErrors = await getTranslations("errorPages.notFound");
    return { title: tErrors("metaTitle") };
  }
  const t = await getTranslations("submission.submit");
  return { title: t("metaTitle", { activity: activityName(activity) }) };
}

export default async function SubmitEvidencePage({ params }: { params: Params }) {
  const activity = activityFromSlug((await params).activity);
  if (!activity) notFound();
  const user = await requirePageUser(submitEvidencePath(activity));
  const name = activityName(activity);
  // Learn takes one certificate up to its cap: say so before the form, not after an upload.
  const learn =
    activity === "LEARN"
      ? (await getDashboard(user)).activities.find((row) => row.code === activity)
      : undefined;
  const closed = learn?.closed ? learn : null;
  const summary = leapsActivitySummaries(await getTranslations("activities")).find(
    (item) => item.code === activity,
  );
  const [t, tSubmission] = await Promise.all([
    getTranslations("submission.submit"),
    getTranslations("submission"),
  ]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">{tSubmission("dashboard")}</BackLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        {t("title", { activity: name })}
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">{summary?.summary}</p>
      {closed ? (
        <div className="mt-6 max-w-2xl">
          <EmptyState>
            <p className="font-semibold text-slate-900">{t("closed", { activity: name })}</p>
            <p className="mt-1">
              <LearnClosedReason activity={closed} />
            </p>
            <Link
              href="/dashboard"
              className="mt-3 inline-block font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {t("backToDashboard")}
            </Link>
          </EmptyState>
        </div>
      ) : (
        <SubmitForm activity={activity} name={name} />
      )}
    </div>
  );
}

function SubmitForm({ activity, name }: { activity: ActivityCode; name: string }) {
  const t = useTranslations("submission.submit");
  return (
    <>
      {activity === "LEARN" ? (
        <p className="mt-2 max-w-2xl text-slate-600">{t("learnNote")}</p>
      ) : null}
      <p className="mt-2 max-w-2xl text-sm text-slate-600">{t("reviewNote")}</p>
      <EvidenceForm
        activity={activity}
        action={submitEvidence.bind(null, activity)}
        preview={previewPoints.bind(null, null)}
        initialValues={{}}
        initialAttachments={[]}
        dateBounds={evidenceDateBounds(activity)}
        maxUploadBytes={MAX_UPLOAD_BYTES}
        withVisibility
        submitLabel={t("title", { activity: name })}
        pendingLabel={t("submitting")}
        cancelHref="/dashboard"
      />
    </>
  );
}
