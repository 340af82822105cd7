import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { getCachedProgrammeMetrics } from "@/server/metrics/cached-programme-metrics";
import {
  MetricsPointsByActivity,
  MetricsSubmissionsByActivity,
} from "@/ui/metrics/metrics-activity-charts";
import { MetricsCounterList, programmeCounters } from "@/ui/metrics/metrics-counter-list";
import { MetricsTrendCharts } from "@/ui/metrics/metrics-trend-charts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metrics");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function MetricsPage() {
  await connection();
  const [metrics, t] = await Promise.all([getCachedProgrammeMetrics(), getTranslations("metrics")]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("refreshNote")}</p>

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className="sr-only">
          {t("totals")}
        </h2>
        <MetricsCounterList
          counters={[
            ...programmeCounters(metrics, (key) => t(`counters.${key}`)),
            { label: t("counters.points"), value: metrics.pointsAwarded },
          ]}
        />
      </section>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <MetricsSubmissionsByActivity byActivity={metrics.byActivity} />
        <MetricsPointsByActivity byActivity={metrics.byActivity} />
      </div>
      <div className="mt-6">
        <MetricsTrendCharts byMonth={metrics.byMonth} />
      </div>
    </div>
  );
}
