import Link from "next/link";
import { useTranslations } from "next-intl";
import { PERIODS } from "@/server/leaderboard/leaderboard-views";
import { leaderboardHref, type LeaderboardParams } from "./leaderboard-params";

/**
 * All-time / last 30 days. Links, not ARIA tabs: each period is its own URL, and
 * aria-current marks the one shown. Switching keeps the search and starts at page one.
 */
export function LeaderboardPeriodTabs({ params }: { params: LeaderboardParams }) {
  const t = useTranslations("leaderboard");
  return (
    <nav aria-label={t("periodNav")} className="border-b border-slate-200">
      <ul className="-mb-px flex gap-2">
        {PERIODS.map((period) => {
          const current = period === params.period;
          return (
            <li key={period}>
              <Link
                href={leaderboardHref({ ...params, period, page: 1 })}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t-md border-b-4 px-3 py-3 text-sm font-semibold sm:px-4 sm:text-base ${
                  current
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {t(`periods.${period}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
