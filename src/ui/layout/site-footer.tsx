import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getPageUser } from "@/server/auth/page-guards";

/**
 * The page foot: what the programme is, and the public pages a visitor can reach. Only a
 * signed-out visitor is invited to join; a member gets their dashboard instead.
 */
export async function SiteFooter() {
  const [user, t] = await Promise.all([getPageUser(), getTranslations("layout.footer")]);
  const signedIn = user !== null;
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
            <li>
              <Link
                href={signedIn ? "/dashboard" : "/sign-up"}
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {signedIn ? t("yourDashboard") : t("join")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
