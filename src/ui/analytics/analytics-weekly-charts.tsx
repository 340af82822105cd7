import { useFormatter, useTranslations } from "next-intl";
import type { AdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { ChartColumns } from "@/ui/metrics/chart-columns";
import { ChartDataTable } from "@/ui/metrics/chart-data-table";
import type { ChartSeries } from "@/ui/metrics/chart-series";
import { MetricsChartCard, MetricsNothingYet } from "@/ui/metrics/metrics-chart-card";
import { weekLabels } from "./week-labels";

type Week = AdminAnalytics["weeks"][number];
type Key = "pending" | "approved" | "rejected" | "backlog" | "activeEducators" | "reviewed";
type LabelledWeek = Week & { label: string; shortLabel: string };

// Whole class names, so Tailwind finds them in the source.
const COLORS: Record<Exclude<Key, "reviewed">, Omit<ChartSeries, "key" | "label">> = {
  pending: { fillClass: "fill-amber-700", swatchClass: "bg-amber-700" },
  approved: { fillClass: "fill-brand-700", swatchClass: "bg-brand-700" },
  rejected: { fillClass: "fill-slate-500", swatchClass: "bg-slate-500" },
  backlog: { fillClass: "fill-amber-700", swatchClass: "bg-amber-700" },
  activeEducators: { fillClass: "fill-brand-600", swatchClass: "bg-brand-600" },
};

/**
 * The overview's week-by-week charts (docs/product.md §15): submissions by status, the
 * review backlog with time-to-review, and active educators, each with its data table.
 */
export function AnalyticsWeeklyCharts({ analytics }: { analytics: AdminAnalytics }) {
  const t = useTranslations("analytics");
  const format = useFormatter();
  const weeks: LabelledWeek[] = analytics.weeks.map((row) => {
    const { day, shortLabel } = weekLabels(format, row.week);
    return { ...row, label: t("weekOf", { date: day }), shortLabel };
  });
  const categories = (keys: Key[]) =>
    weeks.map((row) => ({
      label: row.label,
      shortLabel: row.shortLabel,
      values: Object.fromEntries(keys.map((key) => [key, row[key]])),
    }));
  const series = (key: keyof typeof COLORS, label: string): ChartSeries => ({
    key,
    label,
    ...COLORS[key],
  });
  const { medianHours, p90Hours, reviewed } = analytics.timeToReview;
  const submitted = total(weeks, ["pending", "approved", "rejected"]);
  /** "5.5 h", "3.2 days", or "—" when nothing was reviewed. */
  const wait = (value: number | null) =>
    value === null
      ? "—"
      : value < 48
        ? t("hours", { value })
        : t("days", { value: Math.round((value / 24) * 10) / 10 });
  const weekTable = (caption: string, columns: [string, Key][]) => (
    <ChartDataTable
      caption={caption}
      rowHeader={t("weekHeader")}
      columns={columns.map(([label]) => label)}
      rows={weeks.map((row) => ({
        label: row.label,
        values: columns.map(([, key]) => row[key]),
      }))}
    />
  );
  return (
    <>
      <MetricsChartCard
        id="submissions-by-week"
        title={t("submissions.title")}
        intro={t("submissions.intro")}
      >
        {submitted > 0 ? (
          <ChartColumns
            id="submissions-by-week-chart"
            title={t("submissions.title")}
            description={t("submissions.description", { total: submitted, weeks: weeks.length })}
            series={[
              series("pending", t("series.pending")),
              series("approved", t("series.approved")),
              series("rejected", t("series.rejected")),
            ]}
            categories={categories(["pending", "approved", "rejected"])}
          />
        ) : (
          <MetricsNothingYet>{t("submissions.empty")}</MetricsNothingYet>
        )}
        {weekTable(t("submissions.title"), [
          [t("series.pending"), "pending"],
          [t("series.approved"), "approved"],
          [t("series.rejected"), "rejected"],
        ])}
      </MetricsChartCard>

      <MetricsChartCard id="backlog" title={t("backlog.title")} intro={t("backlog.intro")}>
        <dl className="mb-4 grid grid-cols-3 gap-3 text-sm">
          <Figure
            label={t("backlog.waitingNow")}
            value={format.number(analytics.totals.pendingNow)}
          />
          <Figure label={t("backlog.medianWait")} value={wait(medianHours)} />
          <Figure label={t("backlog.p90Wait")} value={wait(p90Hours)} />
        </dl>
        <p className="mb-4 text-sm text-slate-600">
          {t("backlog.reviewTimes", { count: reviewed })}
        </p>
        <ChartColumns
          id="backlog-chart"
          title={t("backlog.chartTitle")}
          description={t("backlog.description", { count: weeks.at(-1)?.backlog ?? 0 })}
          series={[series("backlog", t("series.backlog"))]}
          categories={categories(["backlog"])}
        />
        {weekTable(t("backlog.caption"), [
          [t("backlog.backlogColumn"), "backlog"],
          [t("backlog.reviewedColumn"), "reviewed"],
        ])}
      </MetricsChartCard>

      <MetricsChartCard id="active-educators" title={t("active.title")} intro={t("active.intro")}>
        <ChartColumns
          id="active-educators-chart"
          title={t("active.title")}
          description={t("active.description", { count: analytics.totals.activeEducators })}
          series={[series("activeEducators", t("series.activeEducators"))]}
          categories={categories(["activeEducators"])}
        />
        {weekTable(t("active.title"), [[t("active.column"), "activeEducators"]])}
      </MetricsChartCard>
    </>
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

function total(weeks: Week[], keys: Key[]): number {
  return weeks.reduce((sum, row) => sum + keys.reduce((s, key) => s + row[key], 0), 0);
}
