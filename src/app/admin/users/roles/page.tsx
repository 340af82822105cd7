import type { Metadata } from "next";
import { requirePageRole } from "@/server/auth/page-guards";
import { AppError } from "@/server/errors";
import {
  changeRolesInput,
  previewRoleChanges,
  type RoleChangePreview,
} from "@/server/users/preview-role-changes";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { roleLabel } from "@/ui/admin/role-label";
import { BackLink } from "@/ui/common/back-link";
import { PageHeader } from "@/ui/common/page-header";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { ConfirmRolesForm } from "./confirm-roles-form";
import { getLocale } from "next-intl/server";
import { localizedIssues } from "@/server/messages/localized-issues";

export const metadata: Metadata = { title: "Change roles" };

/**
 * The confirmation step of a bulk role change: each selected user with their role now and
 * the new one, or why the rules refuse it. Nothing changes until "Confirm"; a single
 * refusal means no confirm button, since the change is all or nothing.
 */
export default async function ConfirmRolesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageRole("ADMIN", "/admin/users");
  const query = await searchParams;
  const ids = query.userIds;
  const parsed = changeRolesInput.safeParse({
    userIds: Array.isArray(ids) ? ids : ids ? [ids] : [],
    role: typeof query.role === "string" && query.role ? query.role : undefined,
  });
  const back = <BackLink href="/admin/users">Back to users</BackLink>;
  if (!parsed.success) {
    return (
      <>
        {back}
        <PageHeader title="Change roles" />
        <div className="mt-6">
          <AdminEmptyState
            title="Nothing to change yet"
            link={{ href: "/admin/users", label: "Choose users and a role" }}
          >
            {localizedIssues(parsed.error, await getLocale())
              .map((issue) => issue.message)
              .join(" ")}
          </AdminEmptyState>
        </div>
      </>
    );
  }
  let rows: RoleChangePreview[];
  try {
    rows = await previewRoleChanges(actor, parsed.data);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        {back}
        <PageHeader title="Change roles" />
        <p className="mt-6 text-slate-800">{error.message} Go back and select them again.</p>
      </>
    );
  }
  const role = parsed.data.role;
  const refused = rows.filter((row) => row.refusal);
  const changing = rows.filter((row) => !row.refusal && row.role !== role);
  return (
    <>
      {back}
      <PageHeader
        title={`Make ${rows.length} ${rows.length === 1 ? "user" : "users"} ${roleLabel(role).toLowerCase()}?`}
        intro="Check the list. The change is all or nothing: every role below changes together, or none does."
      />
      <div className="mt-6 flex flex-col gap-6">
        <DataTable
          caption="The selected users and their roles"
          columns={columns(role)}
          rows={rows}
          rowKey={(row) => row.id}
        />
        {refused.length > 0 ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-800">
            {refused.length} of the selected users can’t be given this role, so nothing can change.
            Go back and leave them out.
          </p>
        ) : changing.length === 0 ? (
          <p className="text-slate-800">Everyone selected already has this role.</p>
        ) : (
          <ConfirmRolesForm
            userIds={rows.map((row) => row.id)}
            role={role}
            count={changing.length}
          />
        )}
      </div>
    </>
  );
}

function columns(role: RoleChangePreview["role"]): Column<RoleChangePreview>[] {
  return [
    {
      header: "Name",
      rowHeader: true,
      cell: (row) => (
        <>
          <span className="font-semibold">{row.name}</span>
          <span className="block text-slate-600">@{row.handle}</span>
        </>
      ),
    },
    { header: "Role now", cell: (row) => roleLabel(row.role) },
    {
      header: "After",
      cell: (row) =>
        row.refusal ? (
          <span className="font-semibold text-red-800">Refused: {row.refusal}</span>
        ) : row.role === role ? (
          <span className="text-slate-600">{roleLabel(role)} (unchanged)</span>
        ) : (
          <span className="font-semibold">{roleLabel(role)}</span>
        ),
    },
  ];
}
