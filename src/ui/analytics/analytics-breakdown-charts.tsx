import type { AdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { ChartColumns } from "@/ui/metrics/chart-columns";
import { ChartDataTable } from "@/ui/metrics/chart-data-table";
import { ChartHorizontalBars } from "@/ui/metrics/chart-horizontal-bars";
import type { ChartSeries } from "@/ui/metrics/chart-series";
import { MetricsChartCard, MetricsNothingYet } from "@/ui/metrics/metrics-chart-card";

const POINT_SERIES: ChartSeries[] = [
  { key: "points", label: "Points", fillClass: "fill-brand-600", swatchClass: "bg-brand-600" },
];
const COHORT_SERIES: ChartSeries[] = [
  {
    key: "activeEducators",
    label: "Active educators",
    fillClass: "fill-brand-700",
    swatchClass: "bg-brand-700",
  },
  { key: "approved", label: "Approved", fillClass: "fill-amber-700", swatchClass: "bg-amber-700" },
];

const cohortName = (cohort: string | null) => cohort ?? "No cohort";

/** Points by activity and cohorts side by side, for the range (docs/product.md §15). */
export function AnalyticsBreakdownCharts({ analytics }: { analytics: AdminAnalytics }) {
  const { pointsByActivity, cohorts } = analytics;
  const points = pointsByActivity.reduce((sum, row) => sum + row.points, 0);
  return (
    <>
      <MetricsChartCard
        id="points-by-activity"
        title="Points by activity"
        intro="Points credited in the range, per LEAPS activity."
      >
        {points === 0 ? (
          <MetricsNothingYet>No points were credited in this range.</MetricsNothingYet>
        ) : (
          <ChartHorizontalBars
            id="points-by-activity-chart"
            title="Points by activity"
            description={`${points.toLocaleString("en")} points credited in the range.`}
            series={POINT_SERIES}
            rows={pointsByActivity.map((row) => ({
              label: row.name,
              values: { points: row.points },
            }))}
          />
        )}
        <ChartDataTable
          caption="Points by activity"
          rowHeader="Activity"
          columns={["Points", "Educators credited"]}
          rows={pointsByActivity.map((row) => ({
            label: row.name,
            values: [row.points, row.educators],
          }))}
        />
      </MetricsChartCard>

      <MetricsChartCard
        id="cohorts"
        title="Cohorts side by side"
        intro="Active educators and approved submissions in the range, largest cohorts first."
      >
        {cohorts.length === 0 ? (
          <MetricsNothingYet>No cohorts to compare yet.</MetricsNothingYet>
        ) : (
          <ChartColumns
            id="cohorts-chart"
            title="Cohorts side by side"
            description={`${cohorts.length} cohorts compared by active educators and approved submissions.`}
            series={COHORT_SERIES}
            categories={cohorts.map((row) => ({
              label: cohortName(row.cohort),
              shortLabel: cohortName(row.cohort),
              values: { activeEducators: row.activeEducators, approved: row.approved },
            }))}
          />
        )}
        <ChartDataTable
          caption="Cohorts side by side"
          rowHeader="Cohort"
          columns={["Educators", "Active", "Submissions", "Approved", "Points"]}
          rows={cohorts.map((row) => ({
            label: cohortName(row.cohort),
            values: [row.educators, row.activeEducators, row.submissions, row.approved, row.points],
          }))}
        />
      </MetricsChartCard>
    </>
  );
}
