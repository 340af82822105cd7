import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/page-guards";
import { countPendingSubmissions } from "@/server/submissions/count-pending-submissions";
import { hasRole } from "@/server/users/roles";
import { leapsActivitySummaries } from "@/ui/activities/leaps-activity-summaries";

export const metadata: Metadata = { title: "Review area" };

export default async function AdminOverviewPage() {
  const user = await requirePageRole("REVIEWER", "/admin");
  const counts = await countPendingSubmissions(user);
  const waiting = counts.reduce((sum, row) => sum + row.pending, 0);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Review area</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Evidence waiting for a reviewer, by LEAPS activity.
      </p>

      <section aria-labelledby="pending-heading" className="mt-8">
        <h2 id="pending-heading" className="text-xl font-bold tracking-tight text-slate-900">
          Waiting for review{" "}
          <span className="font-normal text-slate-600">({waiting.toLocaleString("en")})</span>
        </h2>
        {waiting === 0 ? (
          <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-slate-50 px-6 py-10 text-center">
            <p className="font-semibold text-slate-900">Nothing is waiting for review</p>
            <p className="mt-1 text-sm text-slate-600">
              New submissions are counted here as soon as educators send them.
            </p>
          </div>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {counts.map((row) => (
              <li key={row.activity} className="rounded-xl border border-slate-200 p-4">
                <p className="text-sm font-semibold text-slate-700">{activityName(row.activity)}</p>
                <p className="mt-1 text-3xl font-bold text-brand-800">
                  {row.pending.toLocaleString("en")}
                </p>
                <p className="text-sm text-slate-600">pending</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="shortcuts-heading" className="mt-10">
        <h2 id="shortcuts-heading" className="text-xl font-bold tracking-tight text-slate-900">
          Shortcuts
        </h2>
        <ul className="mt-3 flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
          <li>
            <Link
              href="/admin/review?status=PENDING"
              className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Review pending submissions
            </Link>
          </li>
          {hasRole(user.role, "ADMIN") ? (
            <>
              <li>
                <Link
                  href="/admin/users"
                  className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
                >
                  Manage users and roles
                </Link>
              </li>
              <li>
                <Link
                  href="/admin/badges"
                  className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
                >
                  Edit the badge catalogue
                </Link>
              </li>
              <li>
                <Link
                  href="/admin/kajabi?status=unmatched"
                  className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
                >
                  Unmatched Kajabi events
                </Link>
              </li>
            </>
          ) : null}
          <li>
            <Link
              href="/dashboard"
              className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Your own dashboard
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}

/** "EXPLORE" → "Explore", from the same copy the home page uses. */
function activityName(code: string): string {
  return (
    leapsActivitySummaries.find((activity) => activity.name.toUpperCase() === code)?.name ?? code
  );
}
