import type { LeapsActivitySummary } from "@/ui/activities/leaps-activity-summaries";

/** One LEAPS activity on the home page: its letter, what to do, and what it earns. */
export function ActivityCard({ activity }: { activity: LeapsActivitySummary }) {
  return (
    <li className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="grid size-10 place-items-center rounded-lg bg-brand-100 text-xl font-extrabold text-brand-800"
        >
          {activity.letter}
        </span>
        <h3 className="text-lg font-semibold text-slate-900">{activity.name}</h3>
      </div>
      <p className="mt-3 flex-1 text-sm leading-6 text-slate-600">{activity.summary}</p>
      <p className="mt-4 text-sm font-semibold text-brand-700">{activity.points}</p>
    </li>
  );
}
