import type { Metadata } from "next";
import { connection } from "next/server";
import { getCachedProgrammeMetrics } from "@/server/metrics/cached-programme-metrics";
import {
  MetricsPointsByActivity,
  MetricsSubmissionsByActivity,
} from "@/ui/metrics/metrics-activity-charts";
import { MetricsCounterList, programmeCounters } from "@/ui/metrics/metrics-counter-list";
import { MetricsTrendCharts } from "@/ui/metrics/metrics-trend-charts";

export const metadata: Metadata = {
  title: "Programme metrics",
  description:
    "How the LEAPS programme is going: educators, approved evidence, peers and students reached, points and badges.",
};

export default async function MetricsPage() {
  await connection();
  const metrics = await getCachedProgrammeMetrics();

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Programme metrics</h1>
      <p className="mt-2 max-w-3xl text-slate-600">
        The LEAPS programme in numbers: totals across all educators, with no one’s personal details.
      </p>
      <p className="mt-1 text-sm text-slate-600">
        These figures refresh with the leaderboards: a few seconds after a change, and at least
        every five minutes.
      </p>

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className="sr-only">
          Totals
        </h2>
        <MetricsCounterList
          counters={[
            ...programmeCounters(metrics),
            { label: "Points awarded", value: metrics.pointsAwarded },
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
