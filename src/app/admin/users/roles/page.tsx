import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { appLocale } from "@/i18n/locales";
import { requirePageRole } from "@/server/auth/page-guards";
import { AppError } from "@/server/errors";
import {
  changeRolesInput,
  previewRoleChanges,
  type RoleChangePreview,
} from "@/server/users/preview-role-changes";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { BackLink } from "@/ui/common/back-link";
import { PageHeader } from "@/ui/common/page-header";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { ConfirmRolesForm } from "./confirm-roles-form";
import { localizedIssues } from "@/server/messages/localized-issues";

type RolesTranslator = Awaited<ReturnType<typeof getTranslations<"users.roles">>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.roles");
  return { title: t("title") };
}

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
  const [t, common, locale] = await Promise.all([
    getTranslations("users.roles"),
    getTranslations("common"),
    getLocale(),
  ]);
  const query = await searchParams;
  const ids = query.userIds;
  const parsed = changeRolesInput.safeParse({
    userIds: Array.isArray(ids) ? ids : ids ? [ids] : [],
    role: typeof query.role === "string" && query.role ? query.role : undefined,
  });
  const back = <BackLink href="/admin/users">{t("back")}</BackLink>;
  if (!parsed.success) {
    return (
      <>
        {back}
        <PageHeader title={t("title")} />
        <div className="mt-6">
          <AdminEmptyState
            title={t("nothingYet")}
            link={{ href: "/admin/users", label: t("chooseAgain") }}
          >
            {localizedIssues(parsed.error, appLocale(locale))
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
        <PageHeader title={t("title")} />
        <p className="mt-6 text-slate-800">
          {error.message} {t("selectAgain")}
        </p>
      </>
    );
  }
  const role = parsed.data.role;
  const roleName = common(`roles.${role}`);
  const refused = rows.filter((row) => row.refusal);
  const changing = rows.filter((row) => !row.refusal && row.role !== role);
  return (
    <>
      {back}
      <PageHeader
        title={t("question", { count: rows.length, role: roleName.toLocaleLowerCase(locale) })}
        intro={t("intro")}
      />
      <div className="mt-6 flex flex-col gap-6">
        <DataTable
          caption={t("caption")}
          columns={columns(t, role, (name) => common(`roles.${name}`))}
          rows={rows}
          rowKey={(row) => row.id}
        />
        {refused.length > 0 ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-800">
            {t("refused", { count: refused.length })}
          </p>
        ) : changing.length === 0 ? (
          <p className="text-slate-800">{t("allHaveIt")}</p>
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

/** Each user's role now and after the change to `role`; `roleName` says a role in words. */
function columns(
  t: RolesTranslator,
  role: RoleChangePreview["role"],
  roleName: (role: RoleChangePreview["role"]) => string,
): Column<RoleChangePreview>[] {
  return [
    {
      header: t("name"),
      rowHeader: true,
      cell: (row) => (
        <>
          <span className="font-semibold">{row.name}</span>
          <span className="block text-slate-600">@{row.handle}</span>
        </>
      ),
    },
    { header: t("roleNow"), cell: (row) => roleName(row.role) },
    {
      header: t("after"),
      cell: (row) =>
        row.refusal ? (
          <span className="font-semibold text-red-800">
            {t("refusedBecause", { reason: row.refusal })}
          </span>
        ) : row.role === role ? (
          <span className="text-slate-600">{t("unchanged", { role: roleName(role) })}</span>
        ) : (
          <span className="font-semibold">{roleName(role)}</span>
        ),
    },
  ];
}
