import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/page-guards";
import { countPendingSubmissions } from "@/server/submissions/count-pending-submissions";
import { hasRole } from "@/server/users/roles";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";

export const metadata: Metadata = { title: "Review area" };

export default async function AdminOverviewPage() {
  const user = await requirePageRole("REVIEWER", "/admin");
  const counts = await countPendingSubmissions(user);
  const waiting = counts.reduce((sum, row) => sum + row.pending, 0);

  return (
    <>
      <PageHeader title="Review area" intro="Evidence waiting for a reviewer, by LEAPS activity." />

      <PageSection
        id="pending"
        title={
          <>
            Waiting for review{" "}
            <span className="font-normal text-slate-600">({waiting.toLocaleString("en")})</span>
          </>
        }
        className="mt-8"
      >
        {waiting === 0 ? (
          <div className="mt-4">
            <AdminEmptyState title="Nothing is waiting for review">
              New submissions are counted here as soon as educators send them.
            </AdminEmptyState>
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
      </PageSection>

      <PageSection id="shortcuts" title="Shortcuts" className="mt-10">
        <ul className="mt-3 flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
          {shortcuts(hasRole(user.role, "ADMIN")).map(([href, label]) => (
            <li key={href}>
              <Link
                href={href}
                className="inline-block py-1 font-semibold text-brand-700 underline hover:text-brand-900"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </PageSection>
    </>
  );
}

/** The admin console's starting points; the user, badge and Kajabi pages are for admins. */
function shortcuts(admin: boolean): [href: string, label: string][] {
  return [
    ["/admin/review?status=PENDING", "Review pending submissions"],
    ...(admin
      ? ([
          ["/admin/users", "Manage users and roles"],
          ["/admin/badges", "Edit the badge catalogue"],
          ["/admin/kajabi?status=unmatched", "Unmatched Kajabi events"],
        ] as [string, string][])
      : []),
    ["/dashboard", "Your own dashboard"],
  ];
}
