import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { QueueItem } from "@/server/review/list-review-queue";
import { activityName } from "@/ui/activities/activity-name";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import {
  summaryPointsLabel,
  SubmissionThumbnail,
  workDateLabel,
} from "@/ui/evidence/submission-summary";
import { formatDateTime } from "@/ui/format/format-date-time";
import type { Formatter } from "@/ui/format/formatter";
import type { Column } from "@/ui/lists/data-table";
import { RowCheckbox, SelectAllCheckbox } from "./bulk-review-form";

export type Reviewable = (item: QueueItem) => boolean;

/** The review queue's columns: select, educator, submission, points, status, submitted. */
export async function queueColumns(
  reviewable: Reviewable,
  format: Formatter,
): Promise<Column<QueueItem>[]> {
  const t = await getTranslations("review");
  const label = (item: QueueItem) =>
    t("submissionBy", { activity: activityName(item.activity), name: item.user.name });
  return [
    {
      header: <SelectAllCheckbox />,
      headerOnPhones: true,
      className: "sm:w-10",
      cell: (item) =>
        reviewable(item) ? (
          <RowCheckbox id={item.id} label={label(item)} version={item.version} />
        ) : null,
    },
    {
      header: t("queue.educator"),
      rowHeader: true,
      className: "sm:min-w-40",
      cell: (item) => (
        <>
          <span className="font-semibold text-slate-900">{item.user.name}</span>
          <span className="block text-slate-600">
            @{item.user.handle}
            {item.user.cohort ? ` · ${item.user.cohort}` : ""}
          </span>
          {item.user.school ? (
            <span className="block text-slate-600">{item.user.school}</span>
          ) : null}
        </>
      ),
    },
    {
      header: t("queue.submission"),
      className: "sm:min-w-56",
      cell: (item) => (
        <div className="flex items-start gap-3">
          <SubmissionThumbnail fileKey={item.summary.thumbnailKey} />
          <div className="min-w-0">
            <Link
              href={`/admin/review/${encodeURIComponent(item.id)}`}
              aria-label={t(reviewable(item) ? "queue.reviewLink" : "queue.viewLink", {
                label: label(item),
                title: item.summary.title,
              })}
              className="font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {activityName(item.activity)}
            </Link>
            <span className="block wrap-anywhere text-slate-900">{item.summary.title}</span>
            {item.summary.workDate ? (
              <span className="block text-slate-600">
                {workDateLabel(format, item.activity, item.summary.workDate)}
              </span>
            ) : null}
          </div>
        </div>
      ),
    },
    {
      header: t("queue.points"),
      className: "sm:whitespace-nowrap text-slate-800",
      cell: (item) => summaryPointsLabel(item.summary.points) ?? "—",
    },
    {
      header: t("queue.status"),
      cell: (item) => (
        <>
          <SubmissionStatusPill status={item.status} />
          {item.status === "PENDING" && !reviewable(item) ? (
            <span className="block pt-1 text-xs text-slate-600">{t("queue.ownSubmission")}</span>
          ) : null}
        </>
      ),
    },
    {
      header: t("queue.submitted"),
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (item) => (
        <time dateTime={item.createdAt}>{formatDateTime(format, item.createdAt)}</time>
      ),
    },
  ];
}
