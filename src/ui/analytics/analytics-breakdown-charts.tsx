import { useTranslations } from "next-intl";
import type { AdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { ChartColumns } from "@/ui/metrics/chart-columns";
import { ChartDataTable } from "@/ui/metrics/chart-data-table";
import { ChartHorizontalBars } from "@/ui/metrics/chart-horizontal-bars";
import { MetricsChartCard, MetricsNothingYet } from "@/ui/metrics/metrics-chart-card";

/** Points by activity and cohorts side by side, for the range (docs/product.md §15). */
export function AnalyticsBreakdownCharts({ analytics }: { analytics: AdminAnalytics }) {
  const t = useTranslations("analytics");
  const { pointsByActivity, cohorts } = analytics;
  const points = pointsByActivity.reduce((sum, row) => sum + row.points, 0);
  const cohortName = (cohort: string | null) => cohort ?? t("noCohort");
  return (
    <>
      <MetricsChartCard
        id="points-by-activity"
        title={t("pointsByActivity.title")}
        intro={t("pointsByActivity.intro")}
      >
        {points === 0 ? (
          <MetricsNothingYet>{t("pointsByActivity.empty")}</MetricsNothingYet>
        ) : (
          <ChartHorizontalBars
            id="points-by-activity-chart"
            title={t("pointsByActivity.title")}
            description={t("pointsByActivity.description", { points })}
            series={[
              {
                key: "points",
                label: t("series.points"),
                fillClass: "fill-brand-600",
                swatchClass: "bg-brand-600",
              },
            ]}
            rows={pointsByActivity.map((row) => ({
              label: row.name,
              values: { points: row.points },
            }))}
          />
        )}
        <ChartDataTable
          caption={t("pointsByActivity.title")}
          rowHeader={t("pointsByActivity.rowHeader")}
          columns={[t("pointsByActivity.points"), t("pointsByActivity.educators")]}
          rows={pointsByActivity.map((row) => ({
            label: row.name,
            values: [row.points, row.educators],
          }))}
        />
      </MetricsChartCard>

      <MetricsChartCard id="cohorts" title={t("cohorts.title")} intro={t("cohorts.intro")}>
        {cohorts.length === 0 ? (
          <MetricsNothingYet>{t("cohorts.empty")}</MetricsNothingYet>
        ) : (
          <ChartColumns
            id="cohorts-chart"
            title={t("cohorts.title")}
            description={t("cohorts.description", { count: cohorts.length })}
            series={[
              {
                key: "activeEducators",
                label: t("series.activeEducators"),
                fillClass: "fill-brand-700",
                swatchClass: "bg-brand-700",
              },
              {
                key: "approved",
                label: t("series.approved"),
                fillClass: "fill-amber-700",
                swatchClass: "bg-amber-700",
              },
            ]}
            categories={cohorts.map((row) => ({
              label: cohortName(row.cohort),
              shortLabel: cohortName(row.cohort),
              values: { activeEducators: row.activeEducators, approved: row.approved },
            }))}
          />
        )}
        <ChartDataTable
          caption={t("cohorts.title")}
          rowHeader={t("cohorts.rowHeader")}
          columns={[
            t("cohorts.educators"),
            t("cohorts.active"),
            t("cohorts.submissions"),
            t("cohorts.approved"),
            t("cohorts.points"),
          ]}
          rows={cohorts.map((row) => ({
            label: cohortName(row.cohort),
            values: [row.educators, row.activeEducators, row.submissions, row.approved, row.points],
          }))}
        />
      </MetricsChartCard>
    </>
  );
}
