import { ActivityCard } from "@/ui/dashboard/activity-card";
import { leapsActivitySummaries } from "./leaps-activity-summaries";

/** The five LEAPS steps side by side, each with what it asks and what it earns. */
export function LeapsActivityGrid() {
  return (
    <section aria-labelledby="activities-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <h2 id="activities-heading" className="text-2xl font-bold tracking-tight text-slate-900">
        The five LEAPS
      </h2>
      <p className="mt-2 max-w-2xl text-slate-600">
        Take them in order or as they fit your teaching year. Each approved step adds to your points
        in the programme ledger.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {leapsActivitySummaries.map((activity) => (
          <ActivityCard key={activity.letter} activity={activity} />
        ))}
      </ul>
    </section>
  );
}
