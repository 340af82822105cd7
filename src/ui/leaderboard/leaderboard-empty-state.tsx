import Link from "next/link";
import { leaderboardHref, type LeaderboardParams } from "./leaderboard-params";

const linkClass = "font-semibold text-brand-700 underline hover:text-brand-900";

/**
 * Why the table is empty: nobody has points yet (for this period), nothing matches the
 * search, or the page number is past the end — each with the way out.
 */
export function LeaderboardEmptyState({
  params,
  total,
}: {
  params: LeaderboardParams;
  total: number;
}) {
  const filtered = Boolean(params.q || params.cohort);
  let title: string;
  let body: React.ReactNode;
  if (total > 0) {
    title = "This page is past the end of the leaderboard";
    body = (
      <Link href={leaderboardHref({ ...params, page: 1 })} className={linkClass}>
        Go to the first page
      </Link>
    );
  } else if (filtered) {
    title = "No educators match your search";
    body = (
      <>
        Check the spelling, or search by part of a name, handle or school. Cohort must match
        exactly.{" "}
        <Link href={leaderboardHref({ period: params.period })} className={linkClass}>
          Clear filters
        </Link>
      </>
    );
  } else if (params.period === "30d") {
    title = "No points awarded in the last 30 days";
    body = (
      <>
        The 30-day board fills as reviewers approve new evidence.{" "}
        <Link href={leaderboardHref({ period: "all" })} className={linkClass}>
          See the all-time leaderboard
        </Link>
      </>
    );
  } else {
    title = "No one is on the leaderboard yet";
    body = (
      <>
        Educators appear here once they earn their first points.{" "}
        <Link href="/sign-up" className={linkClass}>
          Join the programme
        </Link>
      </>
    );
  }
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-6 py-12 text-center">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-slate-600">{body}</p>
    </div>
  );
}
