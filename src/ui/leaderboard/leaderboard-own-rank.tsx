import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LeaderboardItem } from "@/server/leaderboard/list-leaderboard";
import { leaderboardHref, pageOfRank, type LeaderboardParams } from "./leaderboard-params";
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
  const t = useTranslations("leaderboard");
  return (
    <section
      aria-labelledby="own-rank-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex items-center gap-3">
        <ProfileAvatar name={row.name} avatarUrl={row.avatarUrl} />
        <div>
          <h2 id="own-rank-heading" className="text-sm font-semibold text-slate-700">
            {t("ownRank.heading", { period: t(`periods.${params.period}`) })}
          </h2>
          <p className="text-slate-900">
            {t.rich("ownRank.summary", {
              rank: row.rank,
              points: row.points,
              big: (chunks) => <span className="text-xl font-bold tabular-nums">{chunks}</span>,
              bold: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
            })}
          </p>
        </div>
      </div>
      <Link
        href={`${leaderboardHref({ period: params.period, page: pageOfRank(row.rank) })}#your-row`}
        className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {t("ownRank.jump")}
      </Link>
    </section>
  );
}

/** A signed-in educator who has no row on this board yet: how to get one. */
export function LeaderboardNotYetRanked({ params }: { params: LeaderboardParams }) {
  const t = useTranslations("leaderboard.ownRank");
  return (
    <p className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-slate-700">
      {params.period === "all" ? t("notRankedAll") : t("notRanked30d")}{" "}
      <Link
        href="/dashboard"
        className="font-semibold text-brand-700 underline hover:text-brand-900"
      >
        {t("dashboard")}
      </Link>
    </p>
  );
}
