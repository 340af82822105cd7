import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";
import { ChartColumns } from "./chart-columns";
import { ChartDataTable } from "./chart-data-table";
import type { ChartSeries } from "./chart-series";
import { MetricsChartCard, MetricsNothingYet } from "./metrics-chart-card";
import { monthLabels } from "./metrics-month";

const SUBMISSION_SERIES: ChartSeries[] = [
  {
    key: "submissions",
    label: "Submitted",
    fillClass: "fill-slate-500",
    swatchClass: "bg-slate-500",
  },
  { key: "approved", label: "Approved", fillClass: "fill-brand-700", swatchClass: "bg-brand-700" },
];

const POINT_SERIES: ChartSeries[] = [
  { key: "points", label: "Points", fillClass: "fill-brand-600", swatchClass: "bg-brand-600" },
];

type ByMonth = ProgrammeMetrics["byMonth"];

/** The last twelve months: submissions and approvals, then points, with one table. */
export function MetricsTrendCharts({ byMonth }: { byMonth: ByMonth }) {
  const months = byMonth.map((row) => ({ ...row, ...monthLabels(row.month) }));
  const first = months[0]?.label ?? "";
  const last = months[months.length - 1]?.label ?? "";
  const empty = months.every(
    (row) => row.submissions === 0 && row.approved === 0 && row.points === 0,
  );
  return (
    <MetricsChartCard
      id="trend"
      title="Month by month"
      intro={`The last twelve months, ${first} to ${last} (UTC).`}
    >
      {empty ? (
        <MetricsNothingYet>
          Nothing submitted or awarded in the last twelve months.
        </MetricsNothingYet>
      ) : (
        <>
          <div className="grid gap-8 lg:grid-cols-2">
            <div>
              <h3 className="mb-2 font-semibold text-slate-800">Submissions and approvals</h3>
              <ChartColumns
                id="trend-submissions-chart"
                title="Submissions and approvals by month"
                description={`${describePeak(months, "submissions", "submissions")} ${describePeak(months, "approved", "approvals")}`}
                series={SUBMISSION_SERIES}
                categories={months.map((row) => ({
                  label: row.label,
                  shortLabel: row.shortLabel,
                  values: { submissions: row.submissions, approved: row.approved },
                }))}
              />
            </div>
            <div>
              <h3 className="mb-2 font-semibold text-slate-800">Points awarded</h3>
              <ChartColumns
                id="trend-points-chart"
                title="Points awarded by month"
                description={describePeak(months, "points", "points")}
                series={POINT_SERIES}
                categories={months.map((row) => ({
                  label: row.label,
                  shortLabel: row.shortLabel,
                  values: { points: row.points },
                }))}
              />
            </div>
          </div>
          <ChartDataTable
            caption="Submissions, approvals and points by month"
            rowHeader="Month"
            columns={["Submitted", "Approved", "Points"]}
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

/** "1,234 submissions in twelve months, most in March 2026 (321)." */
function describePeak(
  months: (ByMonth[number] & { label: string })[],
  key: "submissions" | "approved" | "points",
  noun: string,
): string {
  const total = months.reduce((sum, row) => sum + row[key], 0);
  const peak = months.reduce((best, row) => (row[key] > best[key] ? row : best), months[0]!);
  if (total === 0) return `No ${noun} in the last twelve months.`;
  return `${total.toLocaleString("en")} ${noun} in twelve months, most in ${peak.label} (${peak[key].toLocaleString("en")}).`;
}
