import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";
import { ChartDataTable } from "./chart-data-table";
import { ChartHorizontalBars } from "./chart-horizontal-bars";
import type { ChartSeries } from "./chart-series";
import { MetricsChartCard, MetricsNothingYet } from "./metrics-chart-card";

const STATUS_SERIES: ChartSeries[] = [
  {
    key: "approved",
    label: "Approved",
    fillClass: "fill-brand-700",
    swatchClass: "bg-brand-700",
  },
  { key: "pending", label: "Pending", fillClass: "fill-amber-600", swatchClass: "bg-amber-600" },
  {
    key: "rejected",
    label: "Rejected",
    fillClass: "fill-slate-500",
    swatchClass: "bg-slate-500",
  },
];

const POINTS_SERIES: ChartSeries[] = [
  { key: "points", label: "Points", fillClass: "fill-brand-600", swatchClass: "bg-brand-600" },
];

type ByActivity = ProgrammeMetrics["byActivity"];

/** Submissions per activity, stacked by review status. */
export function MetricsSubmissionsByActivity({ byActivity }: { byActivity: ByActivity }) {
  const total = byActivity.reduce((sum, row) => sum + row.approved + row.pending + row.rejected, 0);
  return (
    <MetricsChartCard
      id="by-status"
      title="Submissions by activity"
      intro="Every submission of evidence, by where it stands in review."
    >
      {total === 0 ? (
        <MetricsNothingYet>No submissions yet.</MetricsNothingYet>
      ) : (
        <>
          <ChartHorizontalBars
            id="by-status-chart"
            title="Submissions by activity and status"
            description={byActivity
              .map(
                (row) =>
                  `${row.name}: ${row.approved} approved, ${row.pending} pending, ${row.rejected} rejected.`,
              )
              .join(" ")}
            series={STATUS_SERIES}
            rows={byActivity.map((row) => ({
              label: row.name,
              values: { approved: row.approved, pending: row.pending, rejected: row.rejected },
            }))}
          />
          <ChartDataTable
            caption="Submissions by activity and status"
            rowHeader="Activity"
            columns={["Approved", "Pending", "Rejected", "Educators"]}
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
  const total = byActivity.reduce((sum, row) => sum + row.pointsAwarded, 0);
  return (
    <MetricsChartCard
      id="points-by-activity"
      title="Points awarded by activity"
      intro="Points credited to educators, including course completions and adjustments."
    >
      {total === 0 ? (
        <MetricsNothingYet>No points awarded yet.</MetricsNothingYet>
      ) : (
        <>
          <ChartHorizontalBars
            id="points-by-activity-chart"
            title="Points awarded by activity"
            description={byActivity
              .map((row) => `${row.name}: ${row.pointsAwarded.toLocaleString("en")} points.`)
              .join(" ")}
            series={POINTS_SERIES}
            rows={byActivity.map((row) => ({
              label: row.name,
              values: { points: row.pointsAwarded },
            }))}
          />
          <ChartDataTable
            caption="Points awarded by activity"
            rowHeader="Activity"
            columns={["Points"]}
            rows={byActivity.map((row) => ({ label: row.name, values: [row.pointsAwarded] }))}
          />
        </>
      )}
    </MetricsChartCard>
  );
}
