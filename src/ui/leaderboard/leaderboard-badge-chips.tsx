import { useTranslations } from "next-intl";

/**
 * Badge chips of one leaderboard row: the badge's name (its code when the catalogue has
 * no such badge). Text, not colour, carries the meaning.
 */
export function LeaderboardBadgeChips({
  codes,
  badgeNames,
  pages = {},
}: {
  codes: string[];
  badgeNames: ReadonlyMap<string, string>;
  /** Code → credential id: the chip links to /badges/<id>. */
  pages?: Record<string, string>;
}) {
  const t = useTranslations("leaderboard.table");
  if (codes.length === 0) return <span className="text-slate-600">{t("noBadges")}</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("badges")}>
      {codes.map((code) => (
        <li
          key={code}
          className="rounded-full border border-brand-200 bg-brand-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-brand-800"
        >
          {pages[code] ? (
            <a href={`/badges/${pages[code]}`} className="underline hover:text-brand-900">
              {badgeNames.get(code) ?? code}
            </a>
          ) : (
            (badgeNames.get(code) ?? code)
          )}
        </li>
      ))}
    </ul>
  );
}
