import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/page-guards";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { MAX_UPLOAD_BYTES } from "@/server/uploads/create-upload";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { activityName } from "@/ui/activities/activity-name";
import { activityFromSlug, submitEvidencePath } from "@/ui/activities/activity-slugs";
import { BackLink } from "@/ui/common/back-link";
import { EmptyState } from "@/ui/common/empty-state";
import { evidenceDateBounds } from "@/ui/evidence/evidence-date-bounds";
import { EvidenceForm } from "@/ui/evidence/evidence-form";
import { leapsActivitySummaries } from "@/ui/activities/leaps-activity-summaries";
import { previewPoints, submitEvidence } from "./actions";

type Params = Promise<{ activity: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const activity = activityFromSlug((await params).activity);
  return { title: activity ? `Submit ${activityName(activity)} evidence` : "Page not found" };
}

export default async function SubmitEvidencePage({ params }: { params: Params }) {
  const activity = activityFromSlug((await params).activity);
  if (!activity) notFound();
  const user = await requirePageUser(submitEvidencePath(activity));
  const name = activityName(activity);
  // Learn takes one certificate up to its cap: say so before the form, not after an upload.
  const closed =
    activity === "LEARN"
      ? ((await getDashboard(user)).activities.find((row) => row.code === activity)?.closed ?? null)
      : null;
  const summary = leapsActivitySummaries(await getTranslations("activities")).find(
    (item) => item.code === activity,
  );

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">Dashboard</BackLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        Submit {name} evidence
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">{summary?.summary}</p>
      {closed ? (
        <div className="mt-6 max-w-2xl">
          <EmptyState>
            <p className="font-semibold text-slate-900">No more {name} evidence is needed.</p>
            <p className="mt-1">{closed}</p>
            <Link
              href="/dashboard"
              className="mt-3 inline-block font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Back to your dashboard
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
  return (
    <>
      {activity === "LEARN" ? (
        <p className="mt-2 max-w-2xl text-slate-600">
          Send a certificate here only for a course whose completion did not arrive from Kajabi.
        </p>
      ) : null}
      <p className="mt-2 max-w-2xl text-sm text-slate-600">
        A reviewer checks every submission. Fields marked “optional” can stay empty.
      </p>
      <EvidenceForm
        activity={activity}
        action={submitEvidence.bind(null, activity)}
        preview={previewPoints.bind(null, null)}
        initialValues={{}}
        initialAttachments={[]}
        dateBounds={evidenceDateBounds(activity)}
        maxUploadBytes={MAX_UPLOAD_BYTES}
        withVisibility
        submitLabel={`Submit ${name} evidence`}
        pendingLabel="Submitting…"
        cancelHref="/dashboard"
      />
    </>
  );
}
