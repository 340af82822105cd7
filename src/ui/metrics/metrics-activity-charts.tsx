import { useTranslations } from "next-intl";
import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";
import { ChartDataTable } from "./chart-data-table";
import { ChartHorizontalBars } from "./chart-horizontal-bars";
import type { ChartSeries } from "./chart-series";
import { MetricsChartCard, MetricsNothingYet } from "./metrics-chart-card";

type ByActivity = ProgrammeMetrics["byActivity"];

/** Submissions per activity, stacked by review status. */
export function MetricsSubmissionsByActivity({ byActivity }: { byActivity: ByActivity }) {
  const t = useTranslations("metrics");
  const total = byActivity.reduce((sum, row) => sum + row.approved + row.pending + row.rejected, 0);
  const series: ChartSeries[] = [
    {
      key: "approved",
      label: t("series.approved"),
      fillClass: "fill-brand-700",
      swatchClass: "bg-brand-700",
    },
    {
      key: "pending",
      label: t("series.pending"),
      fillClass: "fill-amber-600",
      swatchClass: "bg-amber-600",
    },
    {
      key: "rejected",
      label: t("series.rejected"),
      fillClass: "fill-slate-500",
      swatchClass: "bg-slate-500",
    },
  ];
  return (
    <MetricsChartCard id="by-status" title={t("byStatus.title")} intro={t("byStatus.intro")}>
      {total === 0 ? (
        <MetricsNothingYet>{t("byStatus.empty")}</MetricsNothingYet>
      ) : (
        <>
          <ChartHorizontalBars
            id="by-status-chart"
            title={t("byStatus.chartTitle")}
            description={byActivity
              .map((row) =>
                t("byStatus.row", {
                  activity: row.name,
                  approved: row.approved,
                  pending: row.pending,
                  rejected: row.rejected,
                }),
              )
              .join(" ")}
            series={series}
            rows={byActivity.map((row) => ({
              label: row.name,
              values: { approved: row.approved, pending: row.pending, rejected: row.rejected },
            }))}
          />
          <ChartDataTable
            caption={t("byStatus.chartTitle")}
            rowHeader={t("activity")}
            columns={[...series.map((item) => item.label), t("series.educators")]}
            rows={byActivity.map((row) => ({
              label: row.name,
              values: [row.approved, row.pending, row.rejected, row.participants],
            }))}
          />
        </>
      )}
    </MetricsChartCard>
  );
}

/** Points the ledger has credited per activity. */
export function MetricsPointsByActivity({ byActivity }: { byActivity: ByActivity }) {
  const t = useTranslations("metrics");
  const total = byActivity.reduce((sum, row) => sum + row.pointsAwarded, 0);
  const points = t("series.points");
  return (
    <MetricsChartCard
      id="points-by-activity"
      title={t("byPoints.title")}
      intro={t("byPoints.intro")}
    >
      {total === 0 ? (
        <MetricsNothingYet>{t("byPoints.empty")}</MetricsNothingYet>
      ) : (
        <>
          <ChartHorizontalBars
            id="points-by-activity-chart"
            title={t("byPoints.title")}
            description={byActivity
              .map((row) => t("byPoints.row", { activity: row.name, points: row.pointsAwarded }))
              .join(" ")}
            series={[
              {
                key: "points",
                label: points,
                fillClass: "fill-brand-600",
                swatchClass: "bg-brand-600",
              },
            ]}
            rows={byActivity.map((row) => ({
              label: row.name,
              values: { points: row.pointsAwarded },
            }))}
          />
          <ChartDataTable
            caption={t("byPoints.title")}
            rowHeader={t("activity")}
            columns={[points]}
            rows={byActivity.map((row) => ({ label: row.name, values: [row.pointsAwarded] }))}
          />
        </>
      )}
    </MetricsChartCard>
  );
}
