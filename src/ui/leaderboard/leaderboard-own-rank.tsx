import Link from "next/link";
import type { LeaderboardItem } from "@/server/leaderboard/list-leaderboard";
import {
  PERIOD_LABELS,
  leaderboardHref,
  pageOfRank,
  type LeaderboardParams,
} from "./leaderboard-params";
import { ProfileAvatar } from "@/ui/profile/profile-avatar";

/**
 * The signed-in educator's own place, pinned above the table when their row is not on
 * the page being viewed, with a link to the page where their rank starts.
 */
export function LeaderboardOwnRank({
  row,
  params,
}: {
  row: LeaderboardItem;
  params: LeaderboardParams;
}) {
  return (
    <section
      aria-labelledby="own-rank-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex items-center gap-3">
        <ProfileAvatar name={row.name} avatarUrl={row.avatarUrl} />
        <div>
          <h2 id="own-rank-heading" className="text-sm font-semibold text-slate-700">
            Your place · {PERIOD_LABELS[params.period]}
          </h2>
          <p className="text-slate-900">
            <span className="text-xl font-bold tabular-nums">#{row.rank.toLocaleString("en")}</span>{" "}
            with{" "}
            <span className="font-semibold tabular-nums">{row.points.toLocaleString("en")}</span>{" "}
            {row.points === 1 ? "point" : "points"}
          </p>
        </div>
      </div>
      <Link
        href={`${leaderboardHref({ period: params.period, page: pageOfRank(row.rank) })}#your-row`}
        className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Jump to my rank
      </Link>
    </section>
  );
}

/** A signed-in educator who has no row on this board yet: how to get one. */
export function LeaderboardNotYetRanked({ params }: { params: LeaderboardParams }) {
  return (
    <p className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-slate-700">
      {params.period === "all"
        ? "You are not on the leaderboard yet: your first approved evidence or Learn course puts you on it."
        : "You have no points from the last 30 days yet: approved evidence from this month puts you on this board."}{" "}
      <Link
        href="/dashboard"
        className="font-semibold text-brand-700 underline hover:text-brand-900"
      >
        Go to your dashboard
      </Link>
    </p>
  );
}
