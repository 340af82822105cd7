import type { Metadata } from "next";
import { RULE_FIXED_POINTS } from "@/server/activities/activity-edit-input";
import { listActivities } from "@/server/activities/list-activities";
import { pointsRuleSummary } from "@/server/activities/points-wording";
import { requirePageRole } from "@/server/auth/page-guards";
import { PageHeader } from "@/ui/common/page-header";
import { updateActivityAction } from "./actions";
import { ActivityForm } from "./activity-form";

export const metadata: Metadata = { title: "Activities" };

const POINTS_HINT: Record<string, string> = {
  LEARN: "The Learn cap: a certificate fills Learn up to it; each Kajabi course adds 10 up to it.",
  EXPLORE: "Credited for an educator's first approved Explore.",
  PRESENT: "Credited for an educator's first approved Present.",
};

/**
 * The five LEAPS activities' default points and descriptions (docs/product.md §3), for
 * admins. A change applies to credits from now on; ledger rows already written stay.
 */
export default async function AdminActivitiesPage() {
  const admin = await requirePageRole("ADMIN", "/admin/activities");
  const activities = await listActivities(admin);
  return (
    <>
      <PageHeader
        title="Activities"
        intro="Default points and descriptions of the LEAPS activities. A change applies to approvals and Kajabi credits from now on; points already credited are not recalculated."
      />
      <ul className="mt-8 grid gap-6 lg:grid-cols-2">
        {activities.map((activity) => {
          const fixed = RULE_FIXED_POINTS[activity.code];
          const rule = (pointsRuleSummary as Record<string, (points: number) => string>)[
            activity.code
          ];
          return (
            <li
              key={activity.code}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
            >
              <section aria-labelledby={`activity-${activity.code}-heading`}>
                <h2
                  id={`activity-${activity.code}-heading`}
                  className="text-lg font-bold tracking-tight text-slate-900"
                >
                  {activity.name}{" "}
                  <span className="font-mono text-sm font-normal text-slate-600">
                    {activity.code}
                  </span>
                </h2>
                {rule ? (
                  <p className="mt-1 text-sm text-slate-600">{rule(activity.defaultPoints)}</p>
                ) : null}
                <ActivityForm
                  code={activity.code}
                  action={updateActivityAction.bind(null, activity.code)}
                  saved={{
                    defaultPoints: String(activity.defaultPoints),
                    description: activity.description,
                  }}
                  pointsHint={fixed ?? POINTS_HINT[activity.code] ?? "0 to 1,000 points."}
                  pointsLocked={Boolean(fixed)}
                />
              </section>
            </li>
          );
        })}
      </ul>
    </>
  );
}
