import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";

export interface MetricsCounter {
  label: string;
  value: number;
}

/** The headline programme numbers, shared by the home page and /metrics. */
export function programmeCounters(metrics: ProgrammeMetrics): MetricsCounter[] {
  return [
    { label: "Educators", value: metrics.participants },
    {
      label: "Submissions approved",
      value: metrics.byActivity.reduce((sum, row) => sum + row.approved, 0),
    },
    { label: "Peers reached", value: metrics.peersReached },
    { label: "Students reached", value: metrics.studentsReached },
    { label: "Stories shared", value: metrics.storiesShared },
    { label: "Badges earned", value: metrics.badgesEarned },
  ];
}

/** Counters as a description list: each figure is read with its label. */
export function MetricsCounterList({ counters }: { counters: MetricsCounter[] }) {
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(8rem,1fr))] gap-3">
      {counters.map((counter) => (
        <div
          key={counter.label}
          className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-sm font-medium text-slate-600">{counter.label}</dt>
          <dd className="order-first text-2xl font-bold tracking-tight text-brand-800 tabular-nums sm:text-3xl">
            {counter.value.toLocaleString("en")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
