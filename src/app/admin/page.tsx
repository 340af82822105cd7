import type { Metadata } from "next";
import Link from "next/link";
import { analyticsFilters } from "@/server/analytics/analytics-filters";
import { getAdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { requirePageRole } from "@/server/auth/page-guards";
import { hasRole } from "@/server/users/roles";
import { FilterBar } from "@/ui/lists/filter-bar";
import { fieldErrors, firstValues } from "@/ui/lists/filter-values";
import { AnalyticsBreakdownCharts } from "@/ui/analytics/analytics-breakdown-charts";
import { AnalyticsWeeklyCharts } from "@/ui/analytics/analytics-weekly-charts";
import { dayLabel } from "@/ui/analytics/week-labels";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import { MetricsCounterList } from "@/ui/metrics/metrics-counter-list";
import { getLocale } from "next-intl/server";
import { localizedIssues } from "@/server/messages/localized-issues";

export const metadata: Metadata = { title: "Admin overview" };

const FILTERS = ["from", "to", "cohort"] as const;

/**
 * The programme at a glance for reviewers and admins (docs/product.md §15): the same
 * numbers as GET /api/admin/analytics, charted, each chart with its table. Filters a
 * GET form; a wrong value is named and the default range shown instead.
 */
export default async function AdminOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole("REVIEWER", "/admin");
  const query = firstValues(await searchParams);
  const values = Object.fromEntries(FILTERS.map((name) => [name, query[name]]));
  const parsed = analyticsFilters.safeParse(values);
  const errors = parsed.success
    ? {}
    : fieldErrors(localizedIssues(parsed.error, await getLocale()));
  const filters = parsed.success ? parsed.data : analyticsFilters.parse({});
  const analytics = await getAdminAnalytics(user, filters);
  const cohortOptions = analytics.cohortNames.map((name) => ({ value: name, label: name }));

  return (
    <>
      <PageHeader
        title="Overview"
        intro={`${dayLabel(filters.from)} to ${dayLabel(filters.to)} (UTC)${
          filters.cohort ? `, cohort ${filters.cohort}` : ", all cohorts"
        }.`}
      />
      <FilterBar
        action="/admin"
        label="Filter the overview"
        submitLabel="Show"
        values={values}
        errors={errors}
        fields={[
          { name: "from", label: "From", type: "date" },
          { name: "to", label: "To", type: "date" },
          { name: "cohort", label: "Cohort", anyLabel: "All cohorts", options: cohortOptions },
        ]}
      />

      <PageSection id="totals" title="In this range" className="mt-8">
        <div className="mt-4">
          <MetricsCounterList
            counters={[
              { label: "Submissions", value: analytics.totals.submissions },
              { label: "Approved", value: analytics.totals.approved },
              { label: "Points credited", value: analytics.totals.points },
              { label: "Active educators", value: analytics.totals.activeEducators },
              { label: "Waiting for review now", value: analytics.totals.pendingNow },
            ]}
          />
        </div>
      </PageSection>

      <div className="mt-8 grid gap-6">
        <AnalyticsWeeklyCharts analytics={analytics} />
        <AnalyticsBreakdownCharts analytics={analytics} />
      </div>

      <PageSection id="shortcuts" title="Shortcuts" className="mt-10">
        <ul className="mt-3 flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
          {shortcuts(hasRole(user.role, "ADMIN")).map(([href, label]) => (
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

/** The admin console's starting points; the user, badge, Kajabi and audit pages are for admins. */
function shortcuts(admin: boolean): [href: string, label: string][] {
  return [
    ["/admin/review?status=PENDING", "Review pending submissions"],
    ...(admin
      ? ([
          ["/admin/users", "Manage users and roles"],
          ["/admin/badges", "Edit the badge catalogue"],
          ["/admin/kajabi?status=unmatched", "Unmatched Kajabi events"],
          ["/admin/audit", "Audit log"],
        ] as [string, string][])
      : []),
    ["/dashboard", "Your own dashboard"],
  ];
}
