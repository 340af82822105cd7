import Link from "next/link";
import { useTranslations } from "next-intl";
import { leaderboardHref, type LeaderboardParams } from "./leaderboard-params";

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500";

/**
 * Search and cohort filter as a GET form, so every result is a shareable URL; it works
 * without JavaScript; a search is one page load, which the page cache answers (no
 * next/form: its client code weighed more than the navigation it saves). The period
 * rides along hidden.
 */
export function LeaderboardFilterForm({
  params,
  cohorts,
}: {
  params: LeaderboardParams;
  cohorts: string[];
}) {
  const t = useTranslations("leaderboard.filter");
  const filtered = Boolean(params.q || params.cohort);
  return (
    <form
      action="/leaderboard"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end"
    >
      {params.period !== "all" ? <input type="hidden" name="period" value={params.period} /> : null}
      <div>
        <label htmlFor="leaderboard-q" className="text-sm font-semibold text-slate-800">
          {t("search")}
        </label>
        <input
          id="leaderboard-q"
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={100}
          placeholder={t("placeholder")}
          aria-describedby="leaderboard-q-hint"
          className={inputClass}
        />
        <p id="leaderboard-q-hint" className="sr-only">
          {t("hint")}
        </p>
      </div>
      <div>
        <label htmlFor="leaderboard-cohort" className="text-sm font-semibold text-slate-800">
          {t("cohort")}
        </label>
        <select
          id="leaderboard-cohort"
          name="cohort"
          defaultValue={params.cohort ?? ""}
          className={inputClass}
        >
          <option value="">{t("allCohorts")}</option>
          {cohorts.map((cohort) => (
            <option key={cohort} value={cohort}>
              {cohort}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 text-base font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          {t("submit")}
        </button>
        {filtered ? (
          <Link
            href={leaderboardHref({ period: params.period })}
            className="text-sm font-semibold whitespace-nowrap text-brand-700 underline hover:text-brand-900"
          >
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
