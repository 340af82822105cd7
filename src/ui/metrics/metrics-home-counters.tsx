import Link from "next/link";
import { programmeMetrics } from "@/server/metrics/programme-metrics-cache";
import { MetricsCounterList, programmeCounters } from "./metrics-counter-list";

/** The home page's live programme numbers (at most a minute old), linking to /metrics. */
export async function MetricsHomeCounters() {
  const metrics = await programmeMetrics.get();
  return (
    <>
      <MetricsCounterList counters={programmeCounters(metrics)} />
      <p className="mt-4">
        <Link
          href="/metrics"
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          See all programme metrics
        </Link>
      </p>
    </>
  );
}
