import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_CODES } from "@/server/activities/activity-canon";
import { requirePageRole } from "@/server/auth/page-guards";
import { ROLES, SUBMISSION_STATUSES } from "@/server/db/schema";
import { ExportForm } from "@/ui/admin/export-form";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import type { FilterField } from "@/ui/lists/filter-bar";

export const metadata: Metadata = { title: "Exports" };

function asOptions<T extends string>(values: readonly T[], label = (value: T): string => value) {
  return values.map((value) => ({ value, label: label(value) }));
}

const FROM = { name: "from", label: "From (created on or after)", type: "date" } as const;
const TO = { name: "to", label: "To (created on or before)", type: "date" } as const;
const COHORT: FilterField = { name: "cohort", label: "Cohort", placeholder: "All cohorts" };
const ACTIVITY: FilterField = {
  name: "activity",
  label: "Activity",
  anyLabel: "All activities",
  options: asOptions(ACTIVITY_CODES),
};

const EXPORTS = [
  {
    kind: "submissions",
    title: "Submissions",
    about: "Every submission with its educator, reviewer, status and the points it credited.",
    fields: [
      FROM,
      TO,
      COHORT,
      ACTIVITY,
      {
        name: "status",
        label: "Status",
        anyLabel: "All statuses",
        options: asOptions(SUBMISSION_STATUSES),
      },
    ],
  },
  {
    kind: "users",
    title: "Users",
    about: "Every account with role, school, cohort and total points.",
    fields: [
      FROM,
      TO,
      COHORT,
      { name: "role", label: "Role", anyLabel: "All roles", options: asOptions(ROLES) },
      { name: "q", label: "Search", placeholder: "Name, email, handle or school" },
    ],
  },
  {
    kind: "leaderboard",
    title: "Leaderboard",
    about: "The public leaderboard as last refreshed.",
    fields: [
      {
        name: "period",
        label: "Period",
        anyLabel: "All time",
        options: [{ value: "30d", label: "Last 30 days" }],
      },
      COHORT,
    ],
  },
  {
    kind: "points",
    title: "Points ledger",
    about: "Every credit and debit, with where it came from.",
    fields: [FROM, TO, COHORT, ACTIVITY],
  },
  {
    kind: "audit",
    title: "Audit log",
    about: "Every audited action, with its details as JSON.",
    fields: [
      FROM,
      TO,
      { name: "action", label: "Action", placeholder: "e.g. submission.approved" },
    ],
  },
] as const satisfies { kind: string; title: string; about: string; fields: FilterField[] }[];

export default async function AdminExportsPage() {
  await requirePageRole("ADMIN", "/admin/exports");
  // Roles as people read them, in the page's language (common.roles).
  const common = await getTranslations("common");
  const roleOptions = asOptions(ROLES, (role) => common(`roles.${role}`));
  return (
    <>
      <PageHeader
        title="Exports"
        intro="Download the programme's records as CSV files for Excel or Google Sheets. Leave a filter blank to include everything; dates include the whole day. Each download is recorded in the audit log."
      />
      {EXPORTS.map(({ kind, title, about, fields }) => (
        <PageSection key={kind} id={`export-${kind}`} title={title} className="mt-8">
          <p className="mb-4 text-sm text-slate-600">{about}</p>
          <ExportForm
            kind={kind}
            fields={fields.map((field) =>
              field.name === "role" ? { ...field, options: roleOptions } : field,
            )}
          />
        </PageSection>
      ))}
    </>
  );
}
