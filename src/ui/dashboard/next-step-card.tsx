import Link from "next/link";
import type { DashboardActivity } from "@/server/dashboard/get-dashboard";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { primaryButtonClass } from "@/ui/forms/button-styles";

/** "What's next": the first LEAPS activity not done yet and a button to its form. */
export function NextStepCard({ next }: { next: DashboardActivity | undefined }) {
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
          <p className="mt-1 flex-1 text-sm text-slate-700">
            {next.pending > 0 ? `Your ${next.name} evidence is waiting for review. ` : ""}
            {next.pointsRule}
          </p>
          <Link
            href={submitEvidencePath(next.code)}
            className={`mt-4 self-start ${primaryButtonClass} py-2.5`}
          >
            Submit {next.name} evidence
          </Link>
        </>
      ) : (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">All five steps done</p>
          <p className="mt-1 text-sm text-slate-700">
            You have points or an approval in every LEAPS activity. Keep sharing: new Amplify
            sessions still earn points.
          </p>
        </>
      )}
    </section>
  );
}
