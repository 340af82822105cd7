import { useTranslations } from "next-intl";
import { ActivityCard } from "@/ui/dashboard/activity-card";
import { leapsActivitySummaries } from "./leaps-activity-summaries";

/** The five LEAPS steps side by side, each with what it asks and what it earns. */
export function LeapsActivityGrid() {
  const t = useTranslations("activities");
  return (
    <section aria-labelledby="activities-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <h2 id="activities-heading" className="text-2xl font-bold tracking-tight text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-2xl text-slate-600">{t("intro")}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {leapsActivitySummaries(t).map((activity) => (
          <ActivityCard key={activity.letter} activity={activity} />
        ))}
      </ul>
    </section>
  );
}
