import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { Withdrawal } from "@/server/submissions/find-own-withdrawal";
import { activityName } from "@/ui/activities/activity-name";
import { isActivityCode } from "@/server/activities/activity-canon";
import { submitEvidencePath } from "@/ui/activities/activity-slugs";
import { BackLink } from "@/ui/common/back-link";
import { formatDateTime } from "@/ui/format/format-date-time";

/** What an old link to a withdrawn submission shows its owner, instead of a bare "not found". */
export function WithdrawnSubmission({ withdrawal }: { withdrawal: Withdrawal }) {
  const format = useFormatter();
  const t = useTranslations("submission");
  const activity =
    withdrawal.activity && isActivityCode(withdrawal.activity) ? withdrawal.activity : null;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <BackLink href="/dashboard">{t("dashboard")}</BackLink>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">
        {activity
          ? t("withdrawn.title", { activity: activityName(activity) })
          : t("withdrawn.titleUnknown")}
      </h1>
      <p className="mt-3 max-w-2xl text-slate-700">
        {t("withdrawn.body", { date: formatDateTime(format, withdrawal.withdrawnAt) })}
      </p>
      {activity ? (
        <p className="mt-4">
          <Link
            href={submitEvidencePath(activity)}
            className="font-semibold text-brand-700 underline hover:text-brand-900"
          >
            {t("sendNew", { activity: activityName(activity) })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
