import Link from "next/link";
import type { DashboardActivity } from "@/server/dashboard/get-dashboard";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { primaryButtonClass } from "@/ui/forms/button-styles";

/**
 * "What's next", from approved work only: the first LEAPS activity still to start and a
 * button to its form, what is waiting for review, or — once every step is earned — done.
 */
export function NextStepCard({
  next,
  waiting,
  allDone,
}: {
  next: DashboardActivity | undefined;
  waiting: DashboardActivity[];
  allDone: boolean;
}) {
  return (
    <section
      aria-labelledby="next-heading"
      className="flex flex-col rounded-xl border border-slate-200 p-5"
    >
      <h2 id="next-heading" className="text-sm font-semibold text-slate-700">
        What’s next
      </h2>
      {next ? (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">{next.name}</p>
          <p className="mt-1 flex-1 text-sm text-slate-700">{next.pointsRule}</p>
          <WaitingLine waiting={waiting} />
          <Link
            href={submitEvidencePath(next.code)}
            className={`mt-4 self-start ${primaryButtonClass} py-2.5`}
          >
            Submit {next.name} evidence
          </Link>
        </>
      ) : allDone ? (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">All five steps done</p>
          <p className="mt-1 text-sm text-slate-700">
            You have points or an approval in every LEAPS activity. Keep sharing: new Amplify
            sessions still earn points.
          </p>
        </>
      ) : (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">Waiting for review</p>
          <p className="mt-1 text-sm text-slate-700">
            Every step you have not finished has evidence with a reviewer. Its points arrive when it
            is approved; you will see them here.
          </p>
          <WaitingLine waiting={waiting} />
        </>
      )}
    </section>
  );
}

function WaitingLine({ waiting }: { waiting: DashboardActivity[] }) {
  if (waiting.length === 0) return null;
  const items = waiting.map(
    (activity) =>
      `${activity.name} (${activity.pending} ${activity.pending === 1 ? "submission" : "submissions"})`,
  );
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="font-semibold">Waiting for review:</span> {items.join(", ")}.
    </p>
  );
}
