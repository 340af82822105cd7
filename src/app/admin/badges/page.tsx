import type { Metadata } from "next";
import Link from "next/link";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { listBadges } from "@/server/badges/list-badges";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { createBadgeAction } from "./actions";
import { BadgeForm } from "./badge-form";
import { describeCriteria } from "./describe-criteria";

export const metadata: Metadata = { title: "Badges" };

export default async function AdminBadgesPage() {
  await requirePageRole("ADMIN", "/admin/badges");
  const badges = await listBadges();

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Badges</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        The badge catalogue: open a badge to edit it. Badges with criteria are awarded automatically
        whenever an educator’s points or approvals change; manual ones are awarded from a user’s
        page. Editing criteria changes future awards only: badges already earned stay.
      </p>

      <section aria-labelledby="catalogue-heading" className="mt-8">
        <h2 id="catalogue-heading" className="sr-only">
          Catalogue
        </h2>
        {badges.length === 0 ? (
          <AdminEmptyState title="No badges yet">
            <p>Create the first one below.</p>
          </AdminEmptyState>
        ) : (
          <div
            className="relative overflow-x-auto rounded-xl border border-slate-200"
            tabIndex={0}
            role="region"
            aria-label="Badge catalogue"
          >
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Badge
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Criteria
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Description
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 bg-white">
                {badges.map((badge) => (
                  <tr key={badge.code} className="align-top hover:bg-slate-50">
                    <th scope="row" className="min-w-44 px-4 py-3 font-normal">
                      <Link
                        href={`/admin/badges/${encodeURIComponent(badge.code)}`}
                        className="font-semibold text-brand-700 underline hover:text-brand-900"
                      >
                        {badge.name}
                      </Link>
                      <span className="block font-mono text-xs text-slate-600">{badge.code}</span>
                    </th>
                    <td className="min-w-52 px-4 py-3 text-slate-800">
                      {describeCriteria(badge.criteria)}
                    </td>
                    <td className="min-w-52 px-4 py-3 text-slate-700">{badge.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="create-heading" className="mt-12 max-w-2xl">
        <h2 id="create-heading" className="text-xl font-bold tracking-tight text-slate-900">
          New badge
        </h2>
        <BadgeForm
          mode="create"
          idPrefix="new-badge"
          action={createBadgeAction}
          activities={ACTIVITY_CODES.map((code) => ({ value: code, label: activityName(code) }))}
          saved={{
            code: "",
            name: "",
            description: "",
            iconUrl: "",
            criteriaKind: "manual",
            criteriaMin: "",
            criteriaActivity: "",
            criteriaPeers: "",
            criteriaStudents: "",
          }}
        />
      </section>
    </>
  );
}
