import type { Metadata } from "next";
import Link from "next/link";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import type { BadgeDto } from "@/server/badges/badge-inputs";
import { listBadges } from "@/server/badges/list-badges";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { createBadgeAction } from "./actions";
import { BadgeForm } from "./badge-form";
import { describeCriteria } from "./describe-criteria";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";

export const metadata: Metadata = { title: "Badges" };

export default async function AdminBadgesPage() {
  await requirePageRole("ADMIN", "/admin/badges");
  const badges = await listBadges();

  return (
    <>
      <PageHeader
        title="Badges"
        intro="The badge catalogue: open a badge to edit it. Badges with criteria are awarded automatically whenever an educator’s points or approvals change; manual ones are awarded from a user’s page. Editing criteria changes future awards only: badges already earned stay."
      />

      <PageSection id="catalogue" title="Catalogue" className="mt-8" look="hidden">
        {badges.length === 0 ? (
          <AdminEmptyState title="No badges yet">
            <p>Create the first one below.</p>
          </AdminEmptyState>
        ) : (
          <DataTable
            caption="Badge catalogue"
            columns={BADGE_COLUMNS}
            rows={badges}
            rowKey={(badge) => badge.code}
          />
        )}
      </PageSection>

      <PageSection id="create" title="New badge" className="mt-12 max-w-2xl">
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
      </PageSection>
    </>
  );
}

const BADGE_COLUMNS: Column<BadgeDto>[] = [
  {
    header: "Badge",
    rowHeader: true,
    className: "sm:min-w-44",
    cell: (badge) => (
      <>
        <Link
          href={`/admin/badges/${encodeURIComponent(badge.code)}`}
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {badge.name}
        </Link>
        <span className="block font-mono text-xs text-slate-600">{badge.code}</span>
      </>
    ),
  },
  {
    header: "Criteria",
    className: "sm:min-w-52 text-slate-800",
    cell: (badge) => describeCriteria(badge.criteria),
  },
  {
    header: "Description",
    className: "sm:min-w-52 text-slate-700",
    cell: (badge) => badge.description,
  },
];
