import Link from "next/link";
import { useTranslations } from "next-intl";
import type { UserRow } from "@/server/users/user-dto";

/** The dashboard's profile card: what others see of the educator, and where to change it. */
export function DashboardProfileCard({ user }: { user: UserRow }) {
  const t = useTranslations("dashboard.profileCard");
  return (
    <section
      aria-labelledby="profile-heading"
      className="rounded-xl border border-slate-200 p-5 md:col-span-2 lg:col-span-1"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="profile-heading" className="text-sm font-semibold text-slate-700">
          {t("title")}
        </h2>
        <Link
          href="/settings/profile"
          className="text-sm font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {t("edit")}
        </Link>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-1">
        <ProfileItem term={t("name")} value={user.name} />
        <ProfileItem term={t("handle")} value={`@${user.handle}`} />
        <ProfileItem term={t("email")} value={user.email} />
        <ProfileItem term={t("school")} value={user.school} />
        <ProfileItem term={t("cohort")} value={user.cohort} />
      </dl>
    </section>
  );
}

function ProfileItem({ term, value }: { term: string; value: string | null }) {
  const t = useTranslations("common");
  return (
    <div className="flex min-w-0 gap-2">
      <dt className="w-28 shrink-0 text-slate-600">{term}</dt>
      <dd className="min-w-0 font-medium wrap-anywhere text-slate-900">
        {value ?? <span className="font-normal text-slate-600">{t("notSet")}</span>}
      </dd>
    </div>
  );
}
