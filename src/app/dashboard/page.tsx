import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/page-guards";
import { getUserTotalPoints } from "@/server/ledger/get-user-total-points";
import { leapsActivitySummaries } from "@/ui/leaps-activity-summaries";
import { roleLabel } from "@/ui/role-label";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const points = await getUserTotalPoints(user);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Hello, {user.name}</h1>
      <p className="mt-2 text-slate-600">Your LEAPS progress at a glance.</p>

      <div className="mt-8 grid gap-4 md:grid-cols-3">
        <section
          aria-labelledby="points-heading"
          className="rounded-xl border border-slate-200 bg-brand-50 p-5"
        >
          <h2 id="points-heading" className="text-sm font-semibold text-slate-700">
            Total points
          </h2>
          <p className="mt-2 text-4xl font-bold text-brand-800" data-testid="total-points">
            {points.toLocaleString("en")}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            Role: <span className="font-semibold">{roleLabel(user.role)}</span>
          </p>
        </section>

        <section
          aria-labelledby="profile-heading"
          className="rounded-xl border border-slate-200 p-5 md:col-span-2"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="profile-heading" className="text-sm font-semibold text-slate-700">
              Your profile
            </h2>
            <Link
              href="/settings/profile"
              className="text-sm font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Edit profile
            </Link>
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            <ProfileItem term="Name" value={user.name} />
            <ProfileItem term="Handle" value={`@${user.handle}`} />
            <ProfileItem term="Email" value={user.email} />
            <ProfileItem term="School" value={user.school} />
            <ProfileItem term="Cohort" value={user.cohort} />
          </dl>
        </section>
      </div>

      <section aria-labelledby="path-heading" className="mt-10">
        <h2 id="path-heading" className="text-xl font-bold tracking-tight text-slate-900">
          Your LEAPS path
        </h2>
        <p className="mt-2 max-w-2xl text-slate-600">
          The five steps of the programme. Your total of {points.toLocaleString("en")}{" "}
          {points === 1 ? "point" : "points"} grows as reviewers approve your evidence and your
          Learn course completions arrive.
        </p>
        <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {leapsActivitySummaries.map((activity) => (
            <li key={activity.letter} className="rounded-xl border border-slate-200 p-4">
              <div className="flex items-center gap-3">
                <span
                  aria-hidden="true"
                  className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-100 text-lg font-extrabold text-brand-800"
                >
                  {activity.letter}
                </span>
                <h3 className="font-semibold text-slate-900">{activity.name}</h3>
              </div>
              <p className="mt-2 text-sm text-slate-600">{activity.summary}</p>
              <p className="mt-2 text-sm font-semibold text-brand-700">{activity.points}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function ProfileItem({ term, value }: { term: string; value: string | null }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium wrap-anywhere text-slate-900">
        {value ?? <span className="font-normal text-slate-600">Not set</span>}
      </dd>
    </div>
  );
}
