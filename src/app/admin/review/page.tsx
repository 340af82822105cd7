import type { Metadata } from "next";
import Link from "next/link";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { SUBMISSION_STATUSES } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";
import {
  listReviewQueue,
  reviewQueueInput,
  type QueueItem,
} from "@/server/review/list-review-queue";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { FilterBar, isFiltered } from "@/ui/lists/filter-bar";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { PageRange, Pagination } from "@/ui/lists/pagination";
import { formatDateTime } from "@/ui/format/format-date-time";
import type { Formatter } from "@/ui/format/formatter";
import { getFormatter } from "next-intl/server";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import {
  summaryPointsLabel,
  SubmissionThumbnail,
  workDateLabel,
} from "@/ui/evidence/submission-summary";
import { BulkReviewForm, RowCheckbox, SelectAllCheckbox } from "./bulk-review-form";
import { BULK_REVIEW_MAX } from "./review-states";
import { PageHeader } from "@/ui/common/page-header";

export const metadata: Metadata = { title: "Review queue" };

// One page is exactly what one bulk review may take.
const PAGE_SIZE = BULK_REVIEW_MAX;

/** The filters the submissions API takes, read forgivingly from the page's URL. */
const queuePageQuery = listPageQuery(
  reviewQueueInput,
  ["q", "status", "activity", "cohort"],
  PAGE_SIZE,
);

const STATUS_OPTIONS = SUBMISSION_STATUSES.map((status) => ({
  value: status,
  label: status.charAt(0) + status.slice(1).toLowerCase(),
}));
const ACTIVITIES = ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) }));

type Reviewable = (item: QueueItem) => boolean;

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const reviewer = await requirePageRole("REVIEWER", "/admin/review");
  const format = await getFormatter();
  const { page, ...filters } = parseListPageQuery(queuePageQuery, await searchParams);
  const [result, badges] = await Promise.all([
    listReviewQueue(reviewer, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listBadges(),
  ]);
  const filtered = isFiltered(filters);
  const reviewable: Reviewable = (item) => item.status === "PENDING" && item.userId !== reviewer.id;
  const range = { offset: result.offset, shown: result.items.length, total: result.total };

  return (
    <>
      <PageHeader
        title="Review queue"
        intro="Pending evidence comes first, oldest first. Open a submission by its activity to see the evidence and the points it would earn, or tick several and approve or reject them together."
      />

      <FilterBar
        action="/admin/review"
        label="Filter submissions"
        submitLabel="Filter"
        placeholder="Educator name, handle or school"
        values={filters}
        fields={[
          { name: "status", label: "Status", anyLabel: "All statuses", options: STATUS_OPTIONS },
          { name: "activity", label: "Activity", anyLabel: "All activities", options: ACTIVITIES },
          { name: "cohort", label: "Cohort", placeholder: "Exact cohort name" },
        ]}
      />
      {hasRole(reviewer.role, "ADMIN") ? (
        <ExportCsvLink kind="submissions" filters={filters} />
      ) : null}

      <div className="mt-8">
        {/* Always there, so a bulk run's report stays even when it empties the list. */}
        <BulkReviewForm
          selectable={result.items.filter(reviewable).length}
          badgeNames={Object.fromEntries(badges.map((badge) => [badge.code, badge.name]))}
          cleared={
            result.items.length === 0 ? (
              <AdminEmptyState
                title="The queue is clear"
                link={
                  filtered ? { href: "/admin/review", label: "Show the whole queue" } : undefined
                }
              >
                Everything you selected has been reviewed.
              </AdminEmptyState>
            ) : undefined
          }
        >
          {result.items.length === 0 ? (
            <AdminEmptyState
              title={
                result.total > 0 ? "This page is past the end of the queue" : "No submissions found"
              }
              link={
                filtered || result.total > 0
                  ? { href: "/admin/review", label: "Show the whole queue" }
                  : undefined
              }
            >
              {filtered
                ? "Try another search or fewer filters."
                : "Submissions appear here as soon as educators send their evidence."}
            </AdminEmptyState>
          ) : (
            <>
              <PageRange {...range} />
              <DataTable
                caption="Submissions"
                columns={queueColumns(reviewable, format)}
                rows={result.items}
                rowKey={(item) => item.id}
              />
              <Pagination path="/admin/review" query={filters} page={page} {...range} />
            </>
          )}
        </BulkReviewForm>
      </div>
    </>
  );
}

function queueColumns(reviewable: Reviewable, format: Formatter): Column<QueueItem>[] {
  const label = (item: QueueItem) => `${activityName(item.activity)} by ${item.user.name}`;
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
      header: "Educator",
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
      header: "Submission",
      className: "sm:min-w-56",
      cell: (item) => (
        <div className="flex items-start gap-3">
          <SubmissionThumbnail fileKey={item.summary.thumbnailKey} />
          <div className="min-w-0">
            <Link
              href={`/admin/review/${encodeURIComponent(item.id)}`}
              aria-label={`${reviewable(item) ? "Review" : "View"} ${label(item)}: ${item.summary.title}`}
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
      header: "Points",
      className: "sm:whitespace-nowrap text-slate-800",
      cell: (item) => summaryPointsLabel(item.summary.points) ?? "—",
    },
    {
      header: "Status",
      cell: (item) => (
        <>
          <SubmissionStatusPill status={item.status} />
          {item.status === "PENDING" && !reviewable(item) ? (
            <span className="block pt-1 text-xs text-slate-600">Your own</span>
          ) : null}
        </>
      ),
    },
    {
      header: "Submitted",
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (item) => (
        <time dateTime={item.createdAt}>{formatDateTime(format, item.createdAt)}</time>
      ),
    },
  ];
}
