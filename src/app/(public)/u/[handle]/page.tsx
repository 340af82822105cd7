import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProfileAvatar } from "@/ui/profile/profile-avatar";
import { ProfileBadgeList } from "@/ui/profile/profile-badge-list";
import { ProfileSubmissionCard } from "@/ui/profile/profile-submission-card";
import { loadProfile } from "./load-profile";
import { profileUrl } from "./profile-url";

type Props = { params: Promise<{ handle: string }> };
type Profile = NonNullable<Awaited<ReturnType<typeof loadProfile>>>;
type ProfileTranslator = Awaited<ReturnType<typeof getTranslations<"profile">>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([
    loadProfile((await params).handle),
    getTranslations("profile"),
  ]);
  if (!profile) return { title: (await getTranslations("errorPages.notFound"))("metaTitle") };
  const url = await profileUrl(profile.handle);
  const title = t("ogTitle", { name: profile.name });
  const description = summary(t, profile);
  return {
    title: profile.name,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      type: "profile",
      url,
      username: profile.handle,
      siteName: "LEAPS Tracker",
    },
    // The picture is opengraph-image.tsx beside this page.
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function ProfilePage({ params }: Props) {
  const { handle } = await params;
  const [profile, t, format] = await Promise.all([
    loadProfile(handle),
    getTranslations("profile"),
    getFormatter(),
  ]);
  if (!profile) notFound();
  if (profile.handle !== handle) permanentRedirect(`/u/${profile.handle}`);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <Link
        href="/leaderboard"
        className="text-sm font-semibold text-brand-700 underline hover:text-brand-900"
      >
        <span aria-hidden="true">← </span>
        {t("backToLeaderboard")}
      </Link>

      <div className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-center">
        <ProfileAvatar name={profile.name} avatarUrl={profile.avatarUrl} size="lg" />
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight wrap-anywhere text-slate-900">
            {profile.name}
          </h1>
          <p className="mt-1 text-slate-600">@{profile.handle}</p>
          {profile.school || profile.cohort ? (
            <p className="mt-1 text-slate-700">
              {[profile.school, profile.cohort ? t("cohort", { cohort: profile.cohort }) : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ) : null}
        </div>
      </div>

      <dl className="mt-8 grid grid-cols-3 gap-3 sm:max-w-xl">
        <Stat label={t("points")} value={format.number(profile.points)} testId="profile-points" />
        <Stat
          label={t("rank")}
          value={profile.rank === null ? t("notRanked") : t("rankValue", { rank: profile.rank })}
          testId="profile-rank"
        />
        <Stat label={t("badges")} value={format.number(profile.badges.length)} />
      </dl>

      <section aria-labelledby="badges-heading" className="mt-10">
        <h2 id="badges-heading" className="text-xl font-bold tracking-tight text-slate-900">
          {t("badges")}
        </h2>
        <div className="mt-4">
          <ProfileBadgeList badges={profile.badges} />
        </div>
      </section>

      <section aria-labelledby="evidence-heading" className="mt-10">
        <h2 id="evidence-heading" className="text-xl font-bold tracking-tight text-slate-900">
          {t("evidenceHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("evidenceIntro", { name: profile.name })}</p>
        {profile.submissions.length > 0 ? (
          <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
            {profile.submissions.map((submission) => (
              <ProfileSubmissionCard key={submission.id} submission={submission} />
            ))}
          </div>
        ) : (
          <p className="mt-4 rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center text-slate-600">
            {t("noEvidence")}
          </p>
        )}
      </section>
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="flex flex-col rounded-xl border border-slate-200 bg-brand-50 p-3 sm:p-4">
      <dt className="text-xs font-medium text-slate-700 sm:text-sm">{label}</dt>
      <dd
        className="order-first text-xl font-bold tracking-tight text-brand-800 tabular-nums sm:text-2xl"
        data-testid={testId}
      >
        {value}
      </dd>
    </div>
  );
}

/** "LEAPS educator at …: 120 points · ranked #2 all-time · 3 badges": what a shared link previews. */
function summary(t: ProfileTranslator, profile: Profile): string {
  const values = {
    points: profile.points,
    badges: profile.badges.length,
    rank: profile.rank === null ? t("notRankedLower") : t("rankedAllTime", { rank: profile.rank }),
  };
  return profile.school
    ? t("summaryAt", { ...values, school: profile.school })
    : t("summary", values);
}
