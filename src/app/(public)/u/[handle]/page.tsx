import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ProfileAvatar } from "@/ui/profile/profile-avatar";
import { ProfileBadgeList } from "@/ui/profile/profile-badge-list";
import { ProfileSubmissionCard } from "@/ui/profile/profile-submission-card";
import { loadProfile } from "./load-profile";
import { profileUrl } from "./profile-url";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).handle);
  if (!profile) return { title: "Page not found" };
  const url = await profileUrl(profile.handle);
  const title = `${profile.name} on LEAPS Tracker`;
  const description = summary(profile);
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
  const profile = await loadProfile(handle);
  if (!profile) notFound();
  if (profile.handle !== handle) permanentRedirect(`/u/${profile.handle}`);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <Link
        href="/leaderboard"
        className="text-sm font-semibold text-brand-700 underline hover:text-brand-900"
      >
        <span aria-hidden="true">← </span>Leaderboard
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
              {[profile.school, profile.cohort ? `Cohort ${profile.cohort}` : null]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ) : null}
        </div>
      </div>

      <dl className="mt-8 grid grid-cols-3 gap-3 sm:max-w-xl">
        <Stat label="Points" value={profile.points.toLocaleString("en")} testId="profile-points" />
        <Stat
          label="All-time rank"
          value={profile.rank === null ? "Not ranked" : `#${profile.rank.toLocaleString("en")}`}
          testId="profile-rank"
        />
        <Stat label="Badges" value={profile.badges.length.toLocaleString("en")} />
      </dl>

      <section aria-labelledby="badges-heading" className="mt-10">
        <h2 id="badges-heading" className="text-xl font-bold tracking-tight text-slate-900">
          Badges
        </h2>
        <div className="mt-4">
          <ProfileBadgeList badges={profile.badges} />
        </div>
      </section>

      <section aria-labelledby="evidence-heading" className="mt-10">
        <h2 id="evidence-heading" className="text-xl font-bold tracking-tight text-slate-900">
          Public evidence
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Approved submissions {profile.name} chose to share.
        </p>
        {profile.submissions.length > 0 ? (
          <div className="mt-4 grid items-start gap-4 lg:grid-cols-2">
            {profile.submissions.map((submission) => (
              <ProfileSubmissionCard key={submission.id} submission={submission} />
            ))}
          </div>
        ) : (
          <p className="mt-4 rounded-xl border border-dashed border-slate-300 px-6 py-8 text-center text-slate-600">
            No public evidence shared yet.
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

/** "120 points · ranked #2 all-time · 3 badges": what a shared link previews. */
function summary(profile: NonNullable<Awaited<ReturnType<typeof loadProfile>>>): string {
  const points = `${profile.points.toLocaleString("en")} ${profile.points === 1 ? "point" : "points"}`;
  const rank = profile.rank === null ? "not ranked" : `ranked #${profile.rank} all-time`;
  const badges = `${profile.badges.length} ${profile.badges.length === 1 ? "badge" : "badges"}`;
  const school = profile.school ? ` at ${profile.school}` : "";
  return `LEAPS educator${school}: ${points} · ${rank} · ${badges}.`;
}
