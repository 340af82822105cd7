import { useFormatter, useTranslations } from "next-intl";
import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";
import { ChartColumns } from "./chart-columns";
import { ChartDataTable } from "./chart-data-table";
import type { ChartSeries } from "./chart-series";
import { MetricsChartCard, MetricsNothingYet } from "./metrics-chart-card";
import { monthLabels } from "./metrics-month";

type ByMonth = ProgrammeMetrics["byMonth"];
type Month = ByMonth[number] & { label: string; shortLabel: string };
type Measure = "submissions" | "approved" | "points";

/** The last twelve months: submissions and approvals, then points, with one table. */
export function MetricsTrendCharts({ byMonth }: { byMonth: ByMonth }) {
  const t = useTranslations("metrics");
  const format = useFormatter();
  const months: Month[] = byMonth.map((row) => ({ ...row, ...monthLabels(format, row.month) }));
  const first = months[0]?.label ?? "";
  const last = months[months.length - 1]?.label ?? "";
  const empty = months.every(
    (row) => row.submissions === 0 && row.approved === 0 && row.points === 0,
  );
  const submitted = t("series.submitted");
  const approved = t("series.approved");
  const points = t("series.points");
  const submissionSeries: ChartSeries[] = [
    {
      key: "submissions",
      label: submitted,
      fillClass: "fill-slate-500",
      swatchClass: "bg-slate-500",
    },
    { key: "approved", label: approved, fillClass: "fill-brand-700", swatchClass: "bg-brand-700" },
  ];
  const pointSeries: ChartSeries[] = [
    { key: "points", label: points, fillClass: "fill-brand-600", swatchClass: "bg-brand-600" },
  ];

  /** "1,234 submissions in twelve months, most in March 2026 (321)." */
  const describePeak = (key: Measure): string => {
    const total = months.reduce((sum, row) => sum + row[key], 0);
    const peak = months.reduce((best, row) => (row[key] > best[key] ? row : best), months[0]!);
    if (total === 0) return t(`trend.none.${key}`);
    return t(`trend.peak.${key}`, { total, month: peak.label, peak: peak[key] });
  };

  return (
    <MetricsChartCard id="trend" title={t("trend.title")} intro={t("trend.intro", { first, last })}>
      {empty ? (
        <MetricsNothingYet>{t("trend.empty")}</MetricsNothingYet>
      ) : (
        <>
          <div className="grid gap-8 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-semibold text-slate-800">{t("trend.submissionsHeading")}</h3>
              <ChartColumns
                id="trend-submissions-chart"
                title={t("trend.submissionsChart")}
                description={`${describePeak("submissions")} ${describePeak("approved")}`}
                series={submissionSeries}
                categories={months.map((row) => ({
                  label: row.label,
                  shortLabel: row.shortLabel,
                  values: { submissions: row.submissions, approved: row.approved },
                }))}
              />
            </div>
            <div>
              <h3 className="mb-2 font-semibold text-slate-800">{t("trend.pointsHeading")}</h3>
              <ChartColumns
                id="trend-points-chart"
                title={t("trend.pointsChart")}
                description={describePeak("points")}
                series={pointSeries}
                categories={months.map((row) => ({
                  label: row.label,
                  shortLabel: row.shortLabel,
                  values: { points: row.points },
                }))}
              />
            </div>
          </div>
          <ChartDataTable
            caption={t("trend.tableCaption")}
            rowHeader={t("month")}
            columns={[submitted, approved, points]}
            rows={months.map((row) => ({
              label: row.label,
              values: [row.submissions, row.approved, row.points],
            }))}
          />
        </>
      )}
    </MetricsChartCard>
  );
}
