import Link from "next/link";
import { getPageUser } from "@/server/auth/page-guards";

/**
 * The page foot: what the programme is, and the public pages a visitor can reach. Only a
 * signed-out visitor is invited to join; a member gets their dashboard instead.
 */
export async function SiteFooter() {
  const signedIn = (await getPageUser()) !== null;
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <span className="font-semibold text-slate-800">LEAPS Tracker</span> — Learn, Explore,
          Amplify, Present, Shine.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link
                href="/leaderboard"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                Leaderboard
              </Link>
            </li>
            <li>
              <Link
                href="/metrics"
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                Programme metrics
              </Link>
            </li>
            <li>
              <Link
                href={signedIn ? "/dashboard" : "/sign-up"}
                className="inline-block rounded-sm py-1 hover:text-brand-800 hover:underline"
              >
                {signedIn ? "Your dashboard" : "Join the programme"}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
