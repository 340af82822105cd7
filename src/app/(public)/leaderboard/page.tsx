import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { appLocale } from "@/i18n/locales";
import { getPageUser } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { getOwnRank } from "@/server/leaderboard/cached-own-rank";
import { getLeaderboardCohorts, getLeaderboardPage } from "@/server/leaderboard/cached-leaderboard";
import { LeaderboardEmptyState } from "@/ui/leaderboard/leaderboard-empty-state";
import { LeaderboardFilterForm } from "@/ui/leaderboard/leaderboard-filter-form";
import { LeaderboardPagination, leaderboardRange } from "@/ui/leaderboard/leaderboard-pagination";
import { PAGE_SIZE, parseLeaderboardParams } from "@/ui/leaderboard/leaderboard-params";
import { LeaderboardPeriodTabs } from "@/ui/leaderboard/leaderboard-period-tabs";
import { LeaderboardTable } from "@/ui/leaderboard/leaderboard-table";
import { ownPlace, ownRankHtml } from "@/ui/leaderboard/own-rank-html";
import { PersonalSlot } from "@/ui/layout/personal-slot";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leaderboard");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function LeaderboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseLeaderboardParams(await searchParams);
  const [user, t, locale] = await Promise.all([
    getPageUser(),
    getTranslations("leaderboard"),
    getLocale(),
  ]);
  const [board, ownRank, badges, cohorts] = await Promise.all([
    getLeaderboardPage({
      period: params.period,
      limit: PAGE_SIZE,
      offset: (params.page - 1) * PAGE_SIZE,
      q: params.q,
      cohort: params.cohort,
    }),
    user ? getOwnRank(user.id, params.period) : null,
    listBadges(),
    getLeaderboardCohorts(),
  ]);
  const badgeNames = new Map(badges.map((badge) => [badge.code, badge.name]));
  const ownRowShown =
    ownRank !== null && board.items.some((item) => item.handle === ownRank.handle);
  // Rendered for this visitor, the row marks itself; the card only when it is off the page.
  const place = user && !ownRowShown ? ownPlace(ownRank, user.role) : null;
  const filters = [
    params.q ? t("matching", { query: params.q }) : null,
    params.cohort ? t("inCohort", { cohort: params.cohort }) : null,
  ].filter(Boolean);
  const { first, last } = leaderboardRange(params, board.items.length);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("refreshNote")}</p>

      <div className="mt-6">
        <LeaderboardPeriodTabs params={params} />
      </div>
      <div className="mt-6">
        <LeaderboardFilterForm params={params} cohorts={cohorts} />
      </div>

      <PersonalSlot
        name="ownRank"
        element="div"
        html={ownRankHtml(place, params.period, appLocale(locale))}
      />

      <div className="mt-6 flex flex-col gap-4">
        {board.items.length > 0 ? (
          <>
            <p className="text-sm text-slate-700" id="leaderboard-range">
              {first === last
                ? t("rangeOne", { first, total: board.total })
                : t("range", { first, last, total: board.total })}
              {filters.length > 0 ? ` ${filters.join(" ")}` : ""}
            </p>
            <LeaderboardTable
              caption={t("caption", { period: t(`periods.${params.period}`), page: params.page })}
              items={board.items}
              badgeNames={badgeNames}
              ownHandle={ownRank?.handle}
            />
            <LeaderboardPagination params={params} total={board.total} />
          </>
        ) : (
          <LeaderboardEmptyState params={params} total={board.total} />
        )}
      </div>
    </div>
  );
}
