import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { SUBMISSION_STATUSES } from "@/server/db/schema";
import { hasRole } from "@/server/users/roles";
import { listReviewQueue, reviewQueueInput } from "@/server/review/list-review-queue";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { DataTable } from "@/ui/lists/data-table";
import { FilterBar, isFiltered } from "@/ui/lists/filter-bar";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { PageRange, Pagination } from "@/ui/lists/pagination";
import { BulkReviewForm } from "./bulk-review-form";
import { queueColumns, type Reviewable } from "./queue-columns";
import { BULK_REVIEW_MAX } from "./review-states";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

// One page is exactly what one bulk review may take.
const PAGE_SIZE = BULK_REVIEW_MAX;

/** The filters the submissions API takes, read forgivingly from the page's URL. */
const queuePageQuery = listPageQuery(
  reviewQueueInput,
  ["q", "status", "activity", "cohort"],
  PAGE_SIZE,
);

const ACTIVITIES = ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) }));

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const reviewer = await requirePageRole("REVIEWER", "/admin/review");
  const [format, t] = await Promise.all([getFormatter(), getTranslations("review")]);
  const { page, ...filters } = parseListPageQuery(queuePageQuery, await searchParams);
  const [result, badges] = await Promise.all([
    listReviewQueue(reviewer, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listBadges(),
  ]);
  const filtered = isFiltered(filters);
  const reviewable: Reviewable = (item) => item.status === "PENDING" && item.userId !== reviewer.id;
  const statusOptions = SUBMISSION_STATUSES.map((status) => ({
    value: status,
    label: t(`queue.statuses.${status}`),
  }));
  const range = { offset: result.offset, shown: result.items.length, total: result.total };

  return (
    <>
      <PageHeader title={t("queue.title")} intro={t("queue.intro")} />

      <FilterBar
        action="/admin/review"
        label={t("queue.filterLabel")}
        submitLabel={t("queue.filterSubmit")}
        placeholder={t("queue.searchPlaceholder")}
        values={filters}
        fields={[
          {
            name: "status",
            label: t("queue.status"),
            anyLabel: t("queue.allStatuses"),
            options: statusOptions,
          },
          {
            name: "activity",
            label: t("queue.activity"),
            anyLabel: t("queue.allActivities"),
            options: ACTIVITIES,
          },
          {
            name: "cohort",
            label: t("queue.cohort"),
            placeholder: t("queue.cohortPlaceholder"),
          },
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
                title={t("queue.clearedTitle")}
                link={filtered ? { href: "/admin/review", label: t("queue.showAll") } : undefined}
              >
                {t("queue.clearedBody")}
              </AdminEmptyState>
            ) : undefined
          }
        >
          {result.items.length === 0 ? (
            <AdminEmptyState
              title={result.total > 0 ? t("queue.pastEnd") : t("queue.noneFound")}
              link={
                filtered || result.total > 0
                  ? { href: "/admin/review", label: t("queue.showAll") }
                  : undefined
              }
            >
              {filtered ? t("queue.tryOther") : t("queue.emptyBody")}
            </AdminEmptyState>
          ) : (
            <>
              <PageRange {...range} />
              <DataTable
                caption={t("queue.caption")}
                columns={await queueColumns(reviewable, format)}
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
