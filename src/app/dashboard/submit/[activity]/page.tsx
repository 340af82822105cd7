import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/page-guards";
import { MAX_UPLOAD_BYTES } from "@/server/uploads/create-upload";
import { activityName } from "@/ui/activities/activity-name";
import { activityFromSlug, submitEvidencePath } from "@/ui/activities/activity-slugs";
import { BackLink } from "@/ui/common/back-link";
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
  await requirePageUser(submitEvidencePath(activity));
  const name = activityName(activity);
  const summary = leapsActivitySummaries.find((item) => item.name === name);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">Dashboard</BackLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        Submit {name} evidence
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">{summary?.summary}</p>
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
    </div>
  );
}
