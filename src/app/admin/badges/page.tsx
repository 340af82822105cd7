import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import type { BadgeDto } from "@/server/badges/badge-inputs";
import { listBadges } from "@/server/badges/list-badges";
import { activityName } from "@/ui/activities/activity-name";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { createBadgeAction } from "./actions";
import { BadgeForm } from "./badge-form";
import { badgeFormLabels } from "./badge-form-labels";
import { CriteriaDescription } from "./criteria-description";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("badgesAdmin");
  return { title: t("metaTitle") };
}

export default async function AdminBadgesPage() {
  await requirePageRole("ADMIN", "/admin/badges");
  const [badges, t, formLabels] = await Promise.all([
    listBadges(),
    getTranslations("badgesAdmin"),
    badgeFormLabels("create"),
  ]);
  const columns: Column<BadgeDto>[] = [
    {
      header: t("columns.badge"),
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
      header: t("columns.criteria"),
      className: "sm:min-w-52 text-slate-800",
      cell: (badge) => <CriteriaDescription criteria={badge.criteria} />,
    },
    {
      header: t("columns.description"),
      className: "sm:min-w-52 text-slate-700",
      cell: (badge) => badge.description,
    },
  ];

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />

      <PageSection id="catalogue" title={t("catalogue")} className="mt-8" look="hidden">
        {badges.length === 0 ? (
          <AdminEmptyState title={t("noBadges")}>
            <p>{t("createFirst")}</p>
          </AdminEmptyState>
        ) : (
          <DataTable
            caption={t("tableCaption")}
            columns={columns}
            rows={badges}
            rowKey={(badge) => badge.code}
          />
        )}
      </PageSection>

      <PageSection id="create" title={t("newBadge")} className="mt-12 max-w-2xl">
        <BadgeForm
          mode="create"
          idPrefix="new-badge"
          action={createBadgeAction}
          labels={formLabels}
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
