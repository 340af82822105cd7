import Link from "next/link";
import { getCachedProgrammeMetrics } from "@/server/metrics/cached-programme-metrics";
import { MetricsCounterList, programmeCounters } from "./metrics-counter-list";

/** The home page's live programme numbers (the same as /metrics, refreshed with the leaderboards), linking to /metrics. */
export async function MetricsHomeCounters() {
  const metrics = await getCachedProgrammeMetrics();
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
