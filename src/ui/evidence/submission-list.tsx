import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import Link from "next/link";
import type { OwnSubmissionItem } from "@/server/submissions/list-own-submissions";
import { activityName } from "@/ui/activities/activity-name";
import { formatDate } from "@/ui/format/format-date";
import { SubmissionStatusPill } from "./status-pill";
import { summaryPointsLabel, SubmissionThumbnail, workDateLabel } from "./submission-summary";

/**
 * The educator's submissions, newest first: what each one is (activity and title, a link
 * to it, a thumbnail of its image), status, the date of the work, the points it earned or
 * would earn, when it was sent, visibility, and the reviewer's note once there is one.
 */
export function SubmissionList({ submissions }: { submissions: OwnSubmissionItem[] }) {
  const format = useFormatter();
  const t = useTranslations("submission");
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {submissions.map((submission) => {
        const { summary } = submission;
        const points = summaryPointsLabel(summary.points);
        const workDate = workDateLabel(format, submission.activity, summary.workDate);
        return (
          <li key={submission.id} className="flex gap-3 p-4">
            <SubmissionThumbnail fileKey={summary.thumbnailKey} />
            <div className="min-w-0 flex-1">
              <div className="flex items-start justify-between gap-3">
                <Link
                  href={`/dashboard/submissions/${encodeURIComponent(submission.id)}`}
                  className="min-w-0 text-brand-700 hover:text-brand-900"
                >
                  <span className="block text-xs font-semibold text-slate-600">
                    {t("list.activity", { activity: activityName(submission.activity) })}
                  </span>
                  <span className="block font-semibold wrap-anywhere underline">
                    {summary.title}
                  </span>
                  <span className="sr-only">
                    {t("list.submittedHidden", { date: formatDate(format, submission.createdAt) })}
                  </span>
                </Link>
                <span className="shrink-0">
                  <SubmissionStatusPill status={submission.status} />
                </span>
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {[
                  workDate,
                  points,
                  t("submitted", { date: formatDate(format, submission.createdAt) }),
                  submission.visibility === "PUBLIC" ? t("list.public") : t("list.private"),
                ]
                  .filter(Boolean)
                  .map((part, index) => (
                    <Fragment key={index}>
                      {index > 0 ? " · " : null}
                      {part}
                    </Fragment>
                  ))}
              </p>
              {submission.reviewNote ? (
                <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800 wrap-anywhere">
                  <span className="font-semibold">{t("list.reviewerNote")} </span>
                  {submission.reviewNote}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
