import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { HomeHero } from "@/ui/activities/home-hero";
import { HowToStart } from "@/ui/activities/how-to-start";
import { LeaderboardTopFive } from "@/ui/leaderboard/leaderboard-top-five";
import { LeapsActivityGrid } from "@/ui/activities/leaps-activity-grid";
import { MetricsHomeCounters } from "@/ui/metrics/metrics-home-counters";
import { HomeFaq } from "@/ui/stories/home-faq";
import { HomeStories } from "@/ui/stories/home-stories";

// The same for every visitor (the viewer marker picks the call to action), so the page
// cache serves it. The live sections stream in behind their own placeholders, so what
// LEAPS is shows at once.
export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <>
      <HomeHero />
      <section aria-labelledby="programme-heading" className="mx-auto max-w-6xl px-4 pt-16 sm:px-6">
        <h2 id="programme-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("programmeHeading")}
        </h2>
        <div className="mt-6">
          <Suspense fallback={<SectionLoading label={t("loadingNumbers")} />}>
            <MetricsHomeCounters />
          </Suspense>
        </div>
      </section>
      <LeapsActivityGrid />
      <section aria-labelledby="top-five-heading" className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="top-five-heading" className="text-2xl font-bold tracking-tight text-slate-900">
            {t("topFiveHeading")}
          </h2>
          <Link
            href="/leaderboard"
            className="font-semibold text-brand-700 underline hover:text-brand-900"
          >
            {t("seeFullLeaderboard")}
          </Link>
        </div>
        <div className="mt-6 max-w-3xl">
          <Suspense fallback={<SectionLoading label={t("loadingLeaderboard")} />}>
            <LeaderboardTopFive />
          </Suspense>
        </div>
      </section>
      <section aria-labelledby="stories-heading" className="mx-auto max-w-6xl px-4 pb-16 sm:px-6">
        <h2 id="stories-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("storiesHeading")}
        </h2>
        <div className="mt-6">
          <Suspense fallback={<SectionLoading label={t("loadingStories")} />}>
            <HomeStories />
          </Suspense>
        </div>
      </section>
      <HowToStart />
      <section aria-labelledby="faq-heading" className="mx-auto max-w-3xl px-4 pb-16 sm:px-6">
        <h2 id="faq-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("questionsHeading")}
        </h2>
        <div className="mt-6">
          <HomeFaq />
        </div>
      </section>
    </>
  );
}

function SectionLoading({ label }: { label: string }) {
  return (
    <p role="status" className="rounded-xl bg-slate-50 px-4 py-8 text-center text-slate-600">
      {label}
    </p>
  );
}
