import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { ROLES, SUBMISSION_STATUSES } from "@/server/db/schema";
import type { ExportKind } from "@/server/exports/export-filters";
import { ExportForm } from "@/ui/admin/export-form";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import type { FilterField } from "@/ui/lists/filter-bar";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exports");
  return { title: t("metaTitle") };
}

function asOptions<T extends string>(values: readonly T[], label = (value: T): string => value) {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * The CSV exports with their filters, each a plain GET form that downloads the file
 * (docs/decisions/017-csv-exports.md). Labels follow the reader's language; the files'
 * column headers stay English, being read by spreadsheets and scripts.
 */
export default async function AdminExportsPage() {
  await requirePageRole("ADMIN", "/admin/exports");
  const [t, tCommon] = await Promise.all([getTranslations("exports"), getTranslations("common")]);
  // type "date" marks a day: ExportForm shows it as a dd/mm/yyyy text field.
  const from: FilterField = { name: "from", label: t("fields.from"), type: "date" };
  const to: FilterField = { name: "to", label: t("fields.to"), type: "date" };
  const cohort: FilterField = {
    name: "cohort",
    label: t("fields.cohort"),
    placeholder: t("fields.allCohorts"),
  };
  const activity: FilterField = {
    name: "activity",
    label: t("fields.activity"),
    anyLabel: t("fields.allActivities"),
    options: asOptions(ACTIVITY_CODES),
  };
  const exports: { kind: ExportKind; fields: FilterField[] }[] = [
    {
      kind: "submissions",
      fields: [
        from,
        to,
        cohort,
        activity,
        {
          name: "status",
          label: t("fields.status"),
          anyLabel: t("fields.allStatuses"),
          options: asOptions(SUBMISSION_STATUSES, (status) => t(`statuses.${status}`)),
        },
      ],
    },
    {
      kind: "users",
      fields: [
        from,
        to,
        cohort,
        {
          name: "role",
          label: t("fields.role"),
          anyLabel: t("fields.allRoles"),
          options: asOptions(ROLES, (role) => tCommon(`roles.${role}`)),
        },
        { name: "q", label: t("fields.search"), placeholder: t("fields.searchPlaceholder") },
      ],
    },
    {
      kind: "leaderboard",
      fields: [
        {
          name: "period",
          label: t("fields.period"),
          anyLabel: t("fields.allTime"),
          options: [{ value: "30d", label: t("fields.last30Days") }],
        },
        cohort,
      ],
    },
    { kind: "points", fields: [from, to, cohort, activity] },
    {
      kind: "audit",
      fields: [
        from,
        to,
        { name: "action", label: t("fields.action"), placeholder: t("fields.actionPlaceholder") },
      ],
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {exports.map(({ kind, fields }) => (
        <PageSection
          key={kind}
          id={`export-${kind}`}
          title={t(`kinds.${kind}.title`)}
          className="mt-8"
        >
          <p className="mb-4 text-sm text-slate-600">{t(`kinds.${kind}.about`)}</p>
          <ExportForm kind={kind} fields={fields} />
        </PageSection>
      ))}
    </>
  );
}
