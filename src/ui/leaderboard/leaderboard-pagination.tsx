import Link from "next/link";
import { useTranslations } from "next-intl";
import { leaderboardHref, PAGE_SIZE, type LeaderboardParams } from "./leaderboard-params";

const linkClass =
  "inline-flex items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:border-brand-700 hover:text-brand-800";
const disabledClass =
  "inline-flex items-center rounded-lg border border-slate-200 px-4 py-2 text-sm font-semibold text-slate-500";

/** The positions of the first and last rows on this page ("Showing 21–40 of 1,234"). */
export function leaderboardRange(
  params: LeaderboardParams,
  shown: number,
): { first: number; last: number } {
  const first = (params.page - 1) * PAGE_SIZE + 1;
  return { first, last: first + shown - 1 };
}

/** Previous / page n of m / next. A missing direction is plain text, not a dead link. */
export function LeaderboardPagination({
  params,
  total,
}: {
  params: LeaderboardParams;
  total: number;
}) {
  const t = useTranslations("leaderboard.pagination");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const previous = params.page > 1 ? Math.min(params.page - 1, pages) : null;
  const next = params.page < pages ? params.page + 1 : null;
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-3">
      {previous ? (
        <Link
          href={leaderboardHref({ ...params, page: previous })}
          className={linkClass}
          rel="prev"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("previous")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          <span aria-hidden="true">←&nbsp;</span>
          {t("previous")}
        </span>
      )}
      <p className="text-sm text-slate-700">
        {t("page", { page: Math.min(params.page, pages), pages })}
      </p>
      {next ? (
        <Link href={leaderboardHref({ ...params, page: next })} className={linkClass} rel="next">
          {t("next")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          {t("next")}
          <span aria-hidden="true">&nbsp;→</span>
        </span>
      )}
    </nav>
  );
}
