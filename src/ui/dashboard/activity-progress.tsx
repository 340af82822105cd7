import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardActivity } from "@/server/dashboard/get-dashboard";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { LearnClosedReason } from "./learn-closed-reason";

/**
 * The five LEAPS steps as a stepper: per activity its points against the default, a
 * bar, approved and pending counts and a done mark. Every bar is decoration repeating
 * the numbers written beside it, so screen readers get the same story as text.
 */
export function ActivityProgress({
  activities,
  next,
}: {
  activities: DashboardActivity[];
  next: string | null;
}) {
  const t = useTranslations("dashboard.progress");
  return (
    <ol className="grid grid-cols-1 gap-3 min-[360px]:grid-cols-2 lg:grid-cols-5">
      {activities.map((activity, index) => {
        const isNext = activity.code === next;
        return (
          <li
            key={activity.code}
            aria-current={isNext ? "step" : undefined}
            className={`flex flex-col rounded-xl border p-4 ${isNext ? "border-brand-700 ring-1 ring-brand-700" : "border-slate-200"}`}
          >
            <div className="flex items-center gap-3">
              <span
                aria-hidden="true"
                className={`grid size-9 shrink-0 place-items-center rounded-lg text-lg font-extrabold ${activity.done ? "bg-brand-700 text-white" : "bg-brand-100 text-brand-800"}`}
              >
                {activity.done ? "✓" : activity.name.charAt(0)}
              </span>
              <h3 className="font-semibold text-slate-900">
                <span className="sr-only">
                  {t("step", { step: index + 1, total: activities.length })}{" "}
                </span>
                {activity.name}
              </h3>
            </div>
            <p className="mt-3 text-sm font-semibold text-slate-800">
              {t(stepState(activity, isNext))}
            </p>
            <PointsLine activity={activity} />
            <p className="mt-1 text-sm text-slate-700">
              {t("counts", { approved: activity.approved, pending: activity.pending })}
            </p>
            {activity.closed ? (
              <p className="mt-3 text-sm text-slate-700">
                <LearnClosedReason activity={activity} />
              </p>
            ) : (
              <Link
                href={submitEvidencePath(activity.code)}
                className="mt-3 text-sm font-semibold text-brand-700 underline hover:text-brand-900"
              >
                {t.rich("addEvidence", {
                  activity: activity.name,
                  hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function stepState(
  activity: DashboardActivity,
  isNext: boolean,
): "done" | "waiting" | "next" | "notStarted" {
  if (activity.done) return "done";
  if (activity.pending > 0) return "waiting";
  return isNext ? "next" : "notStarted";
}

/**
 * "12 of 20 points" with a bar on the way to the default, "55 points · target 50 reached"
 * once past it (an override can credit more), or "14 points" where there is no default.
 */
function PointsLine({ activity }: { activity: DashboardActivity }) {
  const t = useTranslations("dashboard.progress");
  const { points, defaultPoints: goal } = activity;
  if (goal <= 0) {
    return <p className="mt-2 text-sm text-slate-700">{t("points", { points })}</p>;
  }
  const share = Math.min(1, Math.max(0, points / goal));
  return (
    <>
      <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="mt-1.5 text-sm text-slate-700">
        {points < goal
          ? t("pointsOf", { points, goal })
          : activity.code === "LEARN"
            ? t("capReached", { points, goal })
            : t("targetReached", { points, goal })}
      </p>
    </>
  );
}
