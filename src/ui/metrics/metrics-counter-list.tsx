import { useFormatter } from "next-intl";
import type { ProgrammeMetrics } from "@/server/metrics/get-programme-metrics";

export interface MetricsCounter {
  label: string;
  value: number;
}

/** A counter's label by its key under metrics.counters (a translator of that namespace). */
export type CounterLabel = (
  key: "educators" | "approved" | "peers" | "students" | "stories" | "badges",
) => string;

/** The headline programme numbers, shared by the home page and /metrics. */
export function programmeCounters(
  metrics: ProgrammeMetrics,
  label: CounterLabel,
): MetricsCounter[] {
  return [
    { label: label("educators"), value: metrics.participants },
    {
      label: label("approved"),
      value: metrics.byActivity.reduce((sum, row) => sum + row.approved, 0),
    },
    { label: label("peers"), value: metrics.peersReached },
    { label: label("students"), value: metrics.studentsReached },
    { label: label("stories"), value: metrics.storiesShared },
    { label: label("badges"), value: metrics.badgesEarned },
  ];
}

/** Counters as a description list: each figure is read with its label. */
export function MetricsCounterList({ counters }: { counters: MetricsCounter[] }) {
  const format = useFormatter();
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(8rem,1fr))] gap-3">
      {counters.map((counter) => (
        <div
          key={counter.label}
          className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-sm font-medium text-slate-600">{counter.label}</dt>
          <dd className="order-first text-2xl font-bold tracking-tight text-brand-800 tabular-nums sm:text-3xl">
            {format.number(counter.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
