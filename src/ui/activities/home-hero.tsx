import Link from "next/link";
import { useTranslations } from "next-intl";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { LeapsStaircase } from "./leaps-staircase";

/**
 * The home page's opening: what LEAPS is and the two things to do next — join, or for
 * someone already signed in, go to their dashboard (both rendered; the viewer marker
 * shows one, so a cached page serves everyone).
 */
export function HomeHero() {
  const t = useTranslations("home.hero");
  return (
    <section aria-labelledby="hero-heading" className="bg-brand-50">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-12 px-4 py-16 sm:px-6 sm:py-24">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
            {t("eyebrow")}
          </p>
          <h1
            id="hero-heading"
            className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl"
          >
            {t("title")}
          </h1>
          <p className="mt-6 max-w-2xl text-lg leading-8 text-slate-700">{t("body")}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Link href="/dashboard" className={`${primaryButtonClass} viewer-member`}>
              {t("dashboard")}
            </Link>
            <Link href="/sign-up" className={`${primaryButtonClass} viewer-anonymous`}>
              {t("join")}
            </Link>
            <Link href="/leaderboard" className={secondaryButtonClass}>
              {t("leaderboard")}
            </Link>
          </div>
        </div>
        <LeapsStaircase />
      </div>
    </section>
  );
}
