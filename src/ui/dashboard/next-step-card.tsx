import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardActivity } from "@/server/dashboard/get-dashboard";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { usePointsRule } from "@/ui/evidence/points-rule";
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
  const t = useTranslations("dashboard.nextStep");
  const pointsRule = usePointsRule();
  return (
    <section
      aria-labelledby="next-heading"
      className="flex flex-col rounded-xl border border-slate-200 p-5"
    >
      <h2 id="next-heading" className="text-sm font-semibold text-slate-700">
        {t("title")}
      </h2>
      {next ? (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">{next.name}</p>
          <p className="mt-1 flex-1 text-sm text-slate-700">
            {pointsRule(next.code, next.defaultPoints)}
          </p>
          <WaitingLine waiting={waiting} />
          <Link
            href={submitEvidencePath(next.code)}
            className={`mt-4 self-start ${primaryButtonClass} py-2.5`}
          >
            {t("submit", { activity: next.name })}
          </Link>
        </>
      ) : allDone ? (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">{t("allDoneTitle")}</p>
          <p className="mt-1 text-sm text-slate-700">{t("allDoneBody")}</p>
        </>
      ) : (
        <>
          <p className="mt-2 text-xl font-bold text-slate-900">{t("waitingTitle")}</p>
          <p className="mt-1 text-sm text-slate-700">{t("waitingBody")}</p>
          <WaitingLine waiting={waiting} />
        </>
      )}
    </section>
  );
}

function WaitingLine({ waiting }: { waiting: DashboardActivity[] }) {
  const t = useTranslations("dashboard.nextStep");
  if (waiting.length === 0) return null;
  const items = waiting.map((activity) =>
    t("waitingItem", { activity: activity.name, count: activity.pending }),
  );
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="font-semibold">{t("waitingLabel")}</span> {items.join(", ")}.
    </p>
  );
}
