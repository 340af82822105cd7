import Link from "next/link";
import type { UserRow } from "@/server/users/user-dto";

/** The dashboard's profile card: what others see of the educator, and where to change it. */
export function DashboardProfileCard({ user }: { user: UserRow }) {
  return (
    <section
      aria-labelledby="profile-heading"
      className="rounded-xl border border-slate-200 p-5 md:col-span-2 lg:col-span-1"
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
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-1">
        <ProfileItem term="Name" value={user.name} />
        <ProfileItem term="Handle" value={`@${user.handle}`} />
        <ProfileItem term="Email" value={user.email} />
        <ProfileItem term="School" value={user.school} />
        <ProfileItem term="Cohort" value={user.cohort} />
      </dl>
    </section>
  );
}

function ProfileItem({ term, value }: { term: string; value: string | null }) {
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="w-16 shrink-0 text-slate-600">{term}</dt>
      <dd className="min-w-0 font-medium wrap-anywhere text-slate-900">
        {value ?? <span className="font-normal text-slate-600">Not set</span>}
      </dd>
    </div>
  );
}
