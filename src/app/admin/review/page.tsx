import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ACTIVITY_CODES, type ActivityCode } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { SUBMISSION_STATUSES } from "@/server/db/schema";
import { listReviewQueue, type QueueItem } from "@/server/review/list-review-queue";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { AdminPagination } from "@/ui/admin/admin-pagination";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { formatDateTime } from "@/ui/format/format-date-time";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import { BulkReviewForm, RowCheckbox, SelectAllCheckbox } from "./bulk-review-form";
import { BULK_REVIEW_MAX } from "./review-states";

export const metadata: Metadata = { title: "Review queue" };

// One page is exactly what one bulk review may take.
const PAGE_SIZE = BULK_REVIEW_MAX;
const MAX_PAGE = 1_000_000 / PAGE_SIZE;

type SearchParams = Record<string, string | string[] | undefined>;
type Status = (typeof SUBMISSION_STATUSES)[number];

interface Filters {
  status?: Status;
  activity?: ActivityCode;
  cohort?: string;
  q?: string;
}

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const reviewer = await requirePageRole("REVIEWER", "/admin/review");
  const params = await searchParams;
  const filters = readFilters(params);
  const page = Math.min(Math.max(Number.parseInt(first(params.page) ?? "", 10) || 1, 1), MAX_PAGE);
  const [result, badges] = await Promise.all([
    listReviewQueue(reviewer, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listBadges(),
  ]);
  const filtered = Boolean(filters.status || filters.activity || filters.cohort || filters.q);
  const reviewable = (item: QueueItem) => item.status === "PENDING" && item.userId !== reviewer.id;
  const from = result.offset + 1;
  const to = result.offset + result.items.length;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Review queue</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Pending evidence comes first, oldest first. Open a submission by its activity to see the
        evidence and the points it would earn, or tick several and approve or reject them together.
      </p>

      <Form
        action="/admin/review"
        role="search"
        aria-label="Filter submissions"
        className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] lg:items-end"
      >
        <TextField
          id="filter-q"
          name="q"
          type="search"
          label="Search"
          placeholder="Educator name, handle or school"
          maxLength={100}
          defaultValue={filters.q}
        />
        <SelectField
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "All statuses" },
            ...SUBMISSION_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
          ]}
        />
        <SelectField
          id="filter-activity"
          name="activity"
          label="Activity"
          defaultValue={filters.activity ?? ""}
          options={[
            { value: "", label: "All activities" },
            ...ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) })),
          ]}
        />
        <TextField
          id="filter-cohort"
          name="cohort"
          label="Cohort"
          placeholder="Exact cohort name"
          maxLength={100}
          defaultValue={filters.cohort}
        />
        <div className="flex gap-3 sm:col-span-2 lg:col-span-1">
          <button type="submit" className={`${secondaryButtonClass} py-2.5`}>
            Filter
          </button>
          {filtered ? (
            <Link
              href="/admin/review"
              className="self-center text-sm font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Clear
            </Link>
          ) : null}
        </div>
      </Form>

      <div className="mt-8">
        {/* Always there, so a bulk run's report stays even when it empties the list. */}
        <BulkReviewForm
          selectable={result.items.filter(reviewable).length}
          badgeNames={Object.fromEntries(badges.map((badge) => [badge.code, badge.name]))}
        >
          {result.items.length === 0 ? (
            <QueueEmptyState filtered={filtered} beyondEnd={result.total > 0} />
          ) : (
            <>
              <p className="text-sm text-slate-700">
                Showing {from.toLocaleString("en")}–{to.toLocaleString("en")} of{" "}
                {result.total.toLocaleString("en")}
              </p>
              <QueueTable items={result.items} reviewable={reviewable} />
              <AdminPagination
                previousHref={page > 1 ? queueHref(filters, page - 1) : null}
                nextHref={to < result.total ? queueHref(filters, page + 1) : null}
              />
            </>
          )}
        </BulkReviewForm>
      </div>
    </>
  );
}

function QueueTable({
  items,
  reviewable,
}: {
  items: QueueItem[];
  reviewable: (item: QueueItem) => boolean;
}) {
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200"
      tabIndex={0}
      role="region"
      aria-label="Submissions"
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="w-10 px-4 py-3">
              <SelectAllCheckbox />
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Educator
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Activity
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Submitted
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white">
          {items.map((item) => {
            const label = `${activityName(item.activity)} by ${item.user.name}`;
            return (
              <tr key={item.id} className="hover:bg-slate-50">
                <td className="px-4 py-3">
                  {reviewable(item) ? (
                    <RowCheckbox id={item.id} label={label} version={item.version} />
                  ) : null}
                </td>
                <th scope="row" className="min-w-40 px-4 py-3 font-normal">
                  <span className="font-semibold text-slate-900">{item.user.name}</span>
                  <span className="block text-slate-600">
                    @{item.user.handle}
                    {item.user.cohort ? ` · ${item.user.cohort}` : ""}
                  </span>
                  {item.user.school ? (
                    <span className="block text-slate-600">{item.user.school}</span>
                  ) : null}
                </th>
                <td className="px-4 py-3 whitespace-nowrap">
                  <Link
                    href={`/admin/review/${encodeURIComponent(item.id)}`}
                    aria-label={`${reviewable(item) ? "Review" : "View"} ${label}`}
                    className="font-semibold text-brand-700 underline hover:text-brand-900"
                  >
                    {activityName(item.activity)}
                  </Link>
                </td>
                <td className="px-4 py-3">
                  <SubmissionStatusPill status={item.status} />
                  {item.status === "PENDING" && !reviewable(item) ? (
                    <span className="block pt-1 text-xs text-slate-600">Your own</span>
                  ) : null}
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function QueueEmptyState({ filtered, beyondEnd }: { filtered: boolean; beyondEnd: boolean }) {
  return (
    <AdminEmptyState
      title={beyondEnd ? "This page is past the end of the queue" : "No submissions found"}
    >
      <p>
        {filtered
          ? "Try another search or fewer filters."
          : "Submissions appear here as soon as educators send their evidence."}
      </p>
      {filtered || beyondEnd ? (
        <Link
          href="/admin/review"
          className="mt-4 inline-block font-semibold text-brand-700 underline hover:text-brand-900"
        >
          Show the whole queue
        </Link>
      ) : null}
    </AdminEmptyState>
  );
}

function statusLabel(status: Status): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

/** The queue URL for the same filters on another page: shareable, like the form's own. */
function queueHref(filters: Filters, page: number): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.status) query.set("status", filters.status);
  if (filters.activity) query.set("activity", filters.activity);
  if (filters.cohort) query.set("cohort", filters.cohort);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/admin/review?${search}` : "/admin/review";
}

/** Filters from the query string; anything malformed is ignored rather than an error. */
function readFilters(params: SearchParams): Filters {
  const q = first(params.q)?.trim().slice(0, 100);
  const cohort = first(params.cohort)?.trim().slice(0, 100);
  const status = first(params.status);
  const activity = first(params.activity);
  return {
    ...(q && { q }),
    ...(cohort && { cohort }),
    ...(status &&
      (SUBMISSION_STATUSES as readonly string[]).includes(status) && { status: status as Status }),
    ...(activity &&
      (ACTIVITY_CODES as readonly string[]).includes(activity) && {
        activity: activity as ActivityCode,
      }),
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
