import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getLeaderboardPage } from "@/server/leaderboard/cached-leaderboard";
import { ProfileAvatar } from "@/ui/profile/profile-avatar";

/** The first five of the all-time leaderboard, each linking to their profile. */
export async function LeaderboardTopFive() {
  const [{ items }, t, format] = await Promise.all([
    getLeaderboardPage({ period: "all", limit: 5 }),
    getTranslations("leaderboard.topFive"),
    getFormatter(),
  ]);
  if (items.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center text-slate-600">
        {t("empty")}
      </p>
    );
  }
  return (
    <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
      {items.map((item) => (
        <li key={item.handle} className="flex items-center gap-3 px-4 py-3 sm:gap-4">
          <span className="w-10 shrink-0 text-right text-lg font-bold text-slate-900 tabular-nums">
            <span className="sr-only">{t("rank")}</span>
            {format.number(item.rank)}
          </span>
          <ProfileAvatar name={item.name} avatarUrl={item.avatarUrl} />
          <div className="min-w-0 flex-1">
            <Link
              href={`/u/${item.handle}`}
              className="font-semibold wrap-anywhere text-brand-700 underline-offset-2 hover:text-brand-900 hover:underline"
            >
              {item.name}
            </Link>
            {item.school ? (
              <p className="text-sm text-slate-600 wrap-anywhere">{item.school}</p>
            ) : null}
          </div>
          <p className="shrink-0 text-right font-semibold text-slate-900 tabular-nums">
            {format.number(item.points)}
            <span className="text-sm font-normal text-slate-600">{t("points")}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
