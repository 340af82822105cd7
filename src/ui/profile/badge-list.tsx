import { useFormatter, useTranslations } from "next-intl";
import type { Dashboard } from "@/server/dashboard/get-dashboard";
import { EmptyState } from "@/ui/common/empty-state";
import { formatDate } from "@/ui/format/format-date";

/** The educator's earned badges, oldest first, or how the first one is earned. */
export function BadgeList({ badges }: { badges: Dashboard["badges"] }) {
  const format = useFormatter();
  const t = useTranslations("profile");
  if (badges.length === 0) return <EmptyState>{t("noBadgesYet")}</EmptyState>;
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {badges.map((badge) => (
        <li key={badge.code} className="flex gap-3 rounded-xl border border-slate-200 p-4">
          <span
            aria-hidden="true"
            className="grid size-10 shrink-0 place-items-center rounded-full bg-amber-100 text-xl text-amber-800"
          >
            ★
          </span>
          <div className="min-w-0">
            <h3 className="font-semibold text-slate-900">{badge.name}</h3>
            <p className="text-sm text-slate-700">{badge.description}</p>
            <p className="mt-1 text-xs text-slate-600">
              {t.rich("earned", {
                date: formatDate(format, badge.earnedAt),
                time: (chunks) => <time dateTime={badge.earnedAt}>{chunks}</time>,
              })}
            </p>
            {badge.credentialId ? (
              <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
                <a href={`/badges/${badge.credentialId}`} className="text-brand-700 underline">
                  {t.rich("badgePage", { badge: badge.name, sr })}
                </a>
                <a
                  href={`/api/credentials/${badge.credentialId}?download`}
                  download
                  className="text-brand-700 underline"
                >
                  {t.rich("downloadCredential", { badge: badge.name, sr })}
                </a>
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
