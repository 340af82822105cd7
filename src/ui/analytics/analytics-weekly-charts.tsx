import type { AdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { ChartColumns } from "@/ui/metrics/chart-columns";
import { ChartDataTable } from "@/ui/metrics/chart-data-table";
import type { ChartSeries } from "@/ui/metrics/chart-series";
import { MetricsChartCard, MetricsNothingYet } from "@/ui/metrics/metrics-chart-card";
import { weekLabels } from "./week-labels";

const STATUS_SERIES: ChartSeries[] = [
  { key: "pending", label: "Pending", fillClass: "fill-amber-700", swatchClass: "bg-amber-700" },
  { key: "approved", label: "Approved", fillClass: "fill-brand-700", swatchClass: "bg-brand-700" },
  { key: "rejected", label: "Rejected", fillClass: "fill-slate-500", swatchClass: "bg-slate-500" },
];
const BACKLOG_SERIES: ChartSeries[] = [
  { key: "backlog", label: "Waiting", fillClass: "fill-amber-700", swatchClass: "bg-amber-700" },
];
const ACTIVE_SERIES: ChartSeries[] = [
  {
    key: "activeEducators",
    label: "Active educators",
    fillClass: "fill-brand-600",
    swatchClass: "bg-brand-600",
  },
];

type Week = AdminAnalytics["weeks"][number];
type Key = "pending" | "approved" | "rejected" | "backlog" | "activeEducators" | "reviewed";

/**
 * The overview's week-by-week charts (docs/product.md §15): submissions by status, the
 * review backlog with time-to-review, and active educators, each with its data table.
 */
export function AnalyticsWeeklyCharts({ analytics }: { analytics: AdminAnalytics }) {
  const weeks = analytics.weeks.map((row) => ({ ...row, ...weekLabels(row.week) }));
  const categories = (keys: Key[]) =>
    weeks.map((row) => ({
      label: row.label,
      shortLabel: row.shortLabel,
      values: Object.fromEntries(keys.map((key) => [key, row[key]])),
    }));
  const { medianHours, p90Hours, reviewed } = analytics.timeToReview;
  const submitted = weeks.some((row) => row.pending + row.approved + row.rejected > 0);
  return (
    <>
      <MetricsChartCard
        id="submissions-by-week"
        title="Submissions per week by status"
        intro="Evidence sent each week, by where it stands now."
      >
        {submitted ? (
          <ChartColumns
            id="submissions-by-week-chart"
            title="Submissions per week by status"
            description={describeTotal(weeks, ["pending", "approved", "rejected"], "submissions")}
            series={STATUS_SERIES}
            categories={categories(["pending", "approved", "rejected"])}
          />
        ) : (
          <MetricsNothingYet>No evidence was submitted in this range.</MetricsNothingYet>
        )}
        <WeekTable
          caption="Submissions per week by status"
          weeks={weeks}
          columns={[
            ["Pending", "pending"],
            ["Approved", "approved"],
            ["Rejected", "rejected"],
          ]}
        />
      </MetricsChartCard>

      <MetricsChartCard
        id="backlog"
        title="Review backlog"
        intro="Submissions waiting for a reviewer at the end of each week, and how long reviews took."
      >
        <dl className="mb-4 grid grid-cols-3 gap-3 text-sm">
          <Figure label="Waiting now" value={analytics.totals.pendingNow.toLocaleString("en")} />
          <Figure label="Median wait" value={hours(medianHours)} />
          <Figure label="90th percentile wait" value={hours(p90Hours)} />
        </dl>
        <p className="mb-4 text-sm text-slate-600">
          Review times of the {reviewed.toLocaleString("en")} submissions approved or rejected in
          this range.
        </p>
        <ChartColumns
          id="backlog-chart"
          title="Submissions waiting for review at each week's end"
          description={`At the end of the range ${weeks.at(-1)?.backlog.toLocaleString("en") ?? 0} submissions were waiting.`}
          series={BACKLOG_SERIES}
          categories={categories(["backlog"])}
        />
        <WeekTable
          caption="Review backlog and reviews by week"
          weeks={weeks}
          columns={[
            ["Waiting at week's end", "backlog"],
            ["Reviewed", "reviewed"],
          ]}
        />
      </MetricsChartCard>

      <MetricsChartCard
        id="active-educators"
        title="Active educators per week"
        intro="People who submitted evidence or were credited points that week."
      >
        <ChartColumns
          id="active-educators-chart"
          title="Active educators per week"
          description={`${analytics.totals.activeEducators.toLocaleString("en")} different educators were active in the range.`}
          series={ACTIVE_SERIES}
          categories={categories(["activeEducators"])}
        />
        <WeekTable
          caption="Active educators per week"
          weeks={weeks}
          columns={[["Active educators", "activeEducators"]]}
        />
      </MetricsChartCard>
    </>
  );
}

function WeekTable({
  caption,
  weeks,
  columns,
}: {
  caption: string;
  weeks: (Week & { label: string })[];
  columns: [string, Key][];
}) {
  return (
    <ChartDataTable
      caption={caption}
      rowHeader="Week (UTC)"
      columns={columns.map(([label]) => label)}
      rows={weeks.map((row) => ({
        label: row.label,
        values: columns.map(([, key]) => row[key]),
      }))}
    />
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col rounded-lg bg-slate-50 p-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="order-first text-xl font-bold text-brand-800 tabular-nums">{value}</dd>
    </div>
  );
}

/** "5.5 h", "3.2 days", or "—" when nothing was reviewed. */
function hours(value: number | null): string {
  if (value === null) return "—";
  return value < 48 ? `${value.toLocaleString("en")} h` : `${(value / 24).toFixed(1)} days`;
}

function describeTotal(weeks: Week[], keys: Key[], noun: string): string {
  const total = weeks.reduce((sum, row) => sum + keys.reduce((s, key) => s + row[key], 0), 0);
  return `${total.toLocaleString("en")} ${noun} over ${weeks.length} weeks.`;
}
