import Link from "next/link";
import { leaderboardHref, PAGE_SIZE, type LeaderboardParams } from "./leaderboard-params";

const linkClass =
  "inline-flex items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:border-brand-700 hover:text-brand-800";
const disabledClass =
  "inline-flex items-center rounded-lg border border-slate-200 px-4 py-2 text-sm font-semibold text-slate-500";

/** "Showing 21–40 of 1,234": the rows on this page and how many match. */
export function leaderboardRange(params: LeaderboardParams, shown: number, total: number): string {
  const first = (params.page - 1) * PAGE_SIZE + 1;
  const last = first + shown - 1;
  const shownRange =
    first === last
      ? first.toLocaleString("en")
      : `${first.toLocaleString("en")}–${last.toLocaleString("en")}`;
  return `Showing ${shownRange} of ${total.toLocaleString("en")}`;
}

/** Previous / page n of m / next. A missing direction is plain text, not a dead link. */
export function LeaderboardPagination({
  params,
  total,
}: {
  params: LeaderboardParams;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const previous = params.page > 1 ? Math.min(params.page - 1, pages) : null;
  const next = params.page < pages ? params.page + 1 : null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {previous ? (
        <Link
          href={leaderboardHref({ ...params, page: previous })}
          className={linkClass}
          rel="prev"
        >
          <span aria-hidden="true">←&nbsp;</span>Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          <span aria-hidden="true">←&nbsp;</span>Previous
        </span>
      )}
      <p className="text-sm text-slate-700">
        Page {Math.min(params.page, pages).toLocaleString("en")} of {pages.toLocaleString("en")}
      </p>
      {next ? (
        <Link href={leaderboardHref({ ...params, page: next })} className={linkClass} rel="next">
          Next<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          Next<span aria-hidden="true">&nbsp;→</span>
        </span>
      )}
    </nav>
  );
}
