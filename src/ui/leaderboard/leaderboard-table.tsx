import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { LeaderboardItem } from "@/server/leaderboard/list-leaderboard";
import { LeaderboardBadgeChips } from "./leaderboard-badge-chips";
import { leaderboardRowId } from "./leaderboard-params";
import { ProfileAvatar } from "@/ui/profile/profile-avatar";

/**
 * One page of a leaderboard. Ranks come from the database (ties share a number). On
 * narrow screens school, cohort and badges (on phones, their count) move under the name
 * instead of into columns of their own, so the table never needs sideways scrolling.
 * The viewer's own row is marked in words ("You") as well as colour. Every row carries
 * its (hidden) "You" label and an id, so the shared cached page can mark a signed-in
 * visitor's row with a style alone (src/ui/leaderboard/own-rank-html.ts).
 */
export function LeaderboardTable({
  caption,
  items,
  badgeNames,
  ownHandle,
}: {
  caption: string;
  items: LeaderboardItem[];
  badgeNames: ReadonlyMap<string, string>;
  ownHandle?: string;
}) {
  const t = useTranslations("leaderboard.table");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="w-14 px-3 py-3 text-right font-semibold sm:px-4">
              {t("rank")}
            </th>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4 md:min-w-60">
              {t("educator")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">
              {t("school")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">
              {t("cohort")}
            </th>
            <th scope="col" className="px-3 py-3 text-right font-semibold sm:px-4">
              {t("points")}
            </th>
            <th scope="col" className="hidden px-4 py-3 text-right font-semibold sm:table-cell">
              {t("publicSubmissions")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold lg:table-cell">
              {t("badges")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => {
            const own = item.handle === ownHandle;
            return (
              <tr
                key={item.handle}
                id={leaderboardRowId(item.handle)}
                aria-current={own ? "true" : undefined}
                className={own ? "bg-brand-50" : "bg-white"}
              >
                <td className="px-3 py-3 text-right align-top text-base font-bold text-slate-900 tabular-nums sm:px-4">
                  {format.number(item.rank)}
                </td>
                <th scope="row" className="px-3 py-3 text-left align-top font-normal sm:px-4">
                  <div className="flex items-start gap-3">
                    <ProfileAvatar name={item.name} avatarUrl={item.avatarUrl} />
                    <div className="min-w-0">
                      <Link
                        href={`/u/${item.handle}`}
                        className="font-semibold wrap-anywhere text-brand-700 underline-offset-2 hover:text-brand-900 hover:underline"
                      >
                        {item.name}
                      </Link>
                      <span
                        className={`educator-you ml-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-bold text-white ${own ? "" : "hidden"}`}
                      >
                        {t("you")}
                      </span>
                      <p className="text-slate-600 wrap-anywhere">@{item.handle}</p>
                      <p className="text-slate-600 wrap-anywhere md:hidden">
                        {[item.school, item.cohort].filter(Boolean).join(" · ")}
                      </p>
                      {item.badges.length > 0 ? (
                        <>
                          <p className="text-slate-600 sm:hidden">
                            {t("badgeCount", { count: item.badges.length })}
                          </p>
                          <div className="mt-1 max-sm:hidden lg:hidden">
                            <LeaderboardBadgeChips
                              codes={item.badges}
                              badgeNames={badgeNames}
                              pages={item.badgePages}
                            />
                          </div>
                        </>
                      ) : null}
                    </div>
                  </div>
                </th>
                <td className="hidden px-4 py-3 align-top text-slate-700 md:table-cell">
                  {item.school ?? <NotGiven label={t("notGiven")} />}
                </td>
                <td className="hidden px-4 py-3 align-top text-slate-700 md:table-cell">
                  {item.cohort ?? <NotGiven label={t("notGiven")} />}
                </td>
                <td className="px-3 py-3 text-right align-top text-base font-semibold text-slate-900 tabular-nums sm:px-4">
                  {format.number(item.points)}
                </td>
                <td className="hidden px-4 py-3 text-right align-top text-slate-700 tabular-nums sm:table-cell">
                  {format.number(item.publicSubmissions)}
                </td>
                <td className="hidden px-4 py-3 align-top lg:table-cell">
                  <LeaderboardBadgeChips
                    codes={item.badges}
                    badgeNames={badgeNames}
                    pages={item.badgePages}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function NotGiven({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-slate-500">
        —
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
