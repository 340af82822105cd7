import { useFormatter, useTranslations } from "next-intl";
import type { PublicProfile } from "@/server/profiles/get-public-profile";
import { formatDate } from "@/ui/format/format-date";

/** The badges on a public profile: name, what it is for, and when it was earned. */
export function ProfileBadgeList({ badges }: { badges: PublicProfile["badges"] }) {
  const format = useFormatter();
  const t = useTranslations("profile");
  if (badges.length === 0) {
    return <p className="text-slate-600">{t("noBadges")}</p>;
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {badges.map((badge) => (
        <li
          key={badge.code}
          className="flex gap-3 rounded-xl border border-brand-200 bg-brand-50 p-4"
        >
          <span
            aria-hidden="true"
            className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-700 text-lg text-white"
          >
            ★
          </span>
          <div>
            <h3 className="font-semibold text-slate-900">
              {badge.credentialId ? (
                <a
                  href={`/badges/${badge.credentialId}`}
                  className="underline hover:text-brand-800"
                >
                  {badge.name}
                </a>
              ) : (
                badge.name
              )}
            </h3>
            <p className="text-sm text-slate-700">{badge.description}</p>
            <p className="mt-1 text-xs text-slate-600">
              {t.rich("earned", {
                date: formatDate(format, badge.earnedAt),
                time: (chunks) => <time dateTime={badge.earnedAt}>{chunks}</time>,
              })}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
