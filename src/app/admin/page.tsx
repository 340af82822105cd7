import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { withIsoDates } from "@/i18n/local-date-input";
import { MAX_RANGE_DAYS, analyticsFilters } from "@/server/analytics/analytics-filters";
import { getAdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { requirePageRole } from "@/server/auth/page-guards";
import { hasRole } from "@/server/users/roles";
import { DATE_FILTERS, filterErrors, shownFilterValues } from "@/ui/admin/date-filters";
import { FilterBar } from "@/ui/lists/filter-bar";
import { firstValues } from "@/ui/lists/filter-values";
import { AnalyticsBreakdownCharts } from "@/ui/analytics/analytics-breakdown-charts";
import { AnalyticsWeeklyCharts } from "@/ui/analytics/analytics-weekly-charts";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import { formatDate } from "@/ui/format/format-date";
import { MetricsCounterList } from "@/ui/metrics/metrics-counter-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminOverview");
  return { title: t("metaTitle") };
}

const FILTERS = ["from", "to", "cohort"] as const;
const COHORT_MAX = 100;

/**
 * The programme at a glance for reviewers and admins (docs/product.md §15): the same
 * numbers as GET /api/admin/analytics, charted, each chart with its table. Filters a
 * GET form, days typed dd/mm/yyyy; a wrong value is named and the default range shown.
 */
export default async function AdminOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole("REVIEWER", "/admin");
  const [t, format] = await Promise.all([getTranslations("adminOverview"), getFormatter()]);
  const query = firstValues(await searchParams);
  const values = Object.fromEntries(FILTERS.map((name) => [name, query[name]]));
  const parsed = analyticsFilters.safeParse(withIsoDates(values, DATE_FILTERS));
  const errors = parsed.success
    ? {}
    : filterErrors(
        parsed.error.issues,
        { invalid: t("dates.invalid"), order: t("dates.order") },
        (field) =>
          field === "cohort"
            ? t("errors.cohort", { max: COHORT_MAX })
            : t("errors.range", { days: MAX_RANGE_DAYS }),
      );
  const filters = parsed.success ? parsed.data : analyticsFilters.parse({});
  const analytics = await getAdminAnalytics(user, filters);
  const cohortOptions = analytics.cohortNames.map((name) => ({ value: name, label: name }));
  const range = { from: formatDate(format, filters.from), to: formatDate(format, filters.to) };
  const shortcuts: [href: string, label: string][] = [
    ["/admin/review?status=PENDING", t("shortcuts.review")],
    // The user, badge, Kajabi and audit pages are for admins.
    ...(hasRole(user.role, "ADMIN")
      ? ([
          ["/admin/users", t("shortcuts.users")],
          ["/admin/badges", t("shortcuts.badges")],
          ["/admin/kajabi?status=unmatched", t("shortcuts.kajabi")],
          ["/admin/audit", t("shortcuts.audit")],
        ] as [string, string][])
      : []),
    ["/dashboard", t("shortcuts.dashboard")],
  ];

  return (
    <>
      <PageHeader
        title={t("title")}
        intro={
          filters.cohort
            ? t("introCohort", { ...range, cohort: filters.cohort })
            : t("intro", range)
        }
      />
      <FilterBar
        action="/admin"
        label={t("filter.label")}
        submitLabel={t("filter.submit")}
        values={shownFilterValues(values)}
        errors={errors}
        fields={[
          { name: "from", label: t("filter.from"), placeholder: t("dates.placeholder") },
          { name: "to", label: t("filter.to"), placeholder: t("dates.placeholder") },
          {
            name: "cohort",
            label: t("filter.cohort"),
            anyLabel: t("filter.allCohorts"),
            options: cohortOptions,
          },
        ]}
      />

      <PageSection id="totals" title={t("totals.title")} className="mt-8">
        <div className="mt-4">
          <MetricsCounterList
            counters={[
              { label: t("totals.submissions"), value: analytics.totals.submissions },
              { label: t("totals.approved"), value: analytics.totals.approved },
              { label: t("totals.points"), value: analytics.totals.points },
              { label: t("totals.activeEducators"), value: analytics.totals.activeEducators },
              { label: t("totals.pendingNow"), value: analytics.totals.pendingNow },
            ]}
          />
        </div>
      </PageSection>

      <div className="mt-8 grid gap-6">
        <AnalyticsWeeklyCharts analytics={analytics} />
        <AnalyticsBreakdownCharts analytics={analytics} />
      </div>

      <PageSection id="shortcuts" title={t("shortcuts.title")} className="mt-10">
        <ul className="mt-3 flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
          {shortcuts.map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </PageSection>
    </>
  );
}
