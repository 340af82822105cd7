import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        We couldn’t find that page
      </h1>
      <p className="mt-4 text-lg text-slate-600">
        The link may be old, or the page may have moved. Try the home page or the leaderboard.
      </p>
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Link href="/" className={primaryButtonClass}>
          Go to the home page
        </Link>
        <Link href="/leaderboard" className={secondaryButtonClass}>
          See the leaderboard
        </Link>
      </div>
    </section>
  );
}
