import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The page foot: what the programme is, and the public pages a visitor can reach. Only a
 * signed-out visitor is invited to join; a member gets their dashboard instead (both are
 * rendered; the viewer marker in the header shows one, so a cached page serves both).
 */
export async function SiteFooter() {
  const t = await getTranslations("layout.footer");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <span className="font-semibold text-slate-800">LEAPS Tracker</span> — {t("tagline")}
        </p>
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link
                href="/leaderboard"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {t("leaderboard")}
              </Link>
            </li>
            <li>
              <Link
                href="/metrics"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {t("metrics")}
              </Link>
            </li>
            <li className="viewer-member">
              <Link
                href="/dashboard"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {t("yourDashboard")}
              </Link>
            </li>
            <li className="viewer-anonymous">
              <Link
                href="/sign-up"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {t("join")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
