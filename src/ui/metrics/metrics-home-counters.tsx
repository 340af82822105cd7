import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCachedProgrammeMetrics } from "@/server/metrics/cached-programme-metrics";
import { MetricsCounterList, programmeCounters } from "./metrics-counter-list";

/** The home page's live programme numbers (the same as /metrics, refreshed with the leaderboards), linking to /metrics. */
export async function MetricsHomeCounters() {
  const [metrics, t] = await Promise.all([getCachedProgrammeMetrics(), getTranslations("metrics")]);
  return (
    <>
      <MetricsCounterList counters={programmeCounters(metrics, (key) => t(`counters.${key}`))} />
      <p className="mt-4">
        <Link
          href="/metrics"
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {t("seeAll")}
        </Link>
      </p>
    </>
  );
}
