import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/server/auth/page-guards";
import { ROLES } from "@/server/db/schema";
import { listUsers, listUsersInput } from "@/server/users/list-users";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { DataTable } from "@/ui/lists/data-table";
import { FilterBar, isFiltered } from "@/ui/lists/filter-bar";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { PageRange, Pagination } from "@/ui/lists/pagination";
import { BulkCohortForm } from "./bulk-cohort-form";
import { userColumns } from "./user-columns";
import { PageHeader } from "@/ui/common/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.list");
  return { title: t("title") };
}

const PAGE_SIZE = 25;

/** The filters the users API takes, read forgivingly from the page's URL. */
const usersPageQuery = listPageQuery(listUsersInput, ["q", "role", "cohort"], PAGE_SIZE);

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageRole("ADMIN", "/admin/users");
  const [t, common] = await Promise.all([getTranslations("users.list"), getTranslations("common")]);
  const { page, ...filters } = parseListPageQuery(usersPageQuery, await searchParams);
  const result = await listUsers(actor, {
    ...filters,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const filtered = isFiltered(filters);
  const cohorts =
    filters.cohort && !result.cohorts.includes(filters.cohort)
      ? [filters.cohort, ...result.cohorts]
      : result.cohorts;
  const cohortOptions = cohorts.map((cohort) => ({ value: cohort, label: cohort }));
  const roleOptions = ROLES.map((role) => ({ value: role, label: common(`roles.${role}`) }));
  const range = { offset: result.offset, shown: result.items.length, total: result.total };

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />

      <FilterBar
        action="/admin/users"
        label={t("filterLabel")}
        submitLabel={t("filterSubmit")}
        placeholder={t("searchPlaceholder")}
        values={filters}
        fields={[
          { name: "role", label: t("role"), anyLabel: t("allRoles"), options: roleOptions },
          {
            name: "cohort",
            label: t("cohort"),
            anyLabel: t("allCohorts"),
            options: cohortOptions,
          },
        ]}
      />
      <ExportCsvLink kind="users" filters={filters} />

      <div className="mt-8">
        {result.items.length === 0 ? (
          <AdminEmptyState
            title={result.total > 0 ? t("pastEnd") : t("noneFound")}
            link={
              filtered || result.total > 0
                ? { href: "/admin/users", label: t("showAll") }
                : undefined
            }
          >
            {filtered ? t("tryOther") : t("nobody")}
          </AdminEmptyState>
        ) : (
          <BulkCohortForm cohorts={result.cohorts}>
            <PageRange {...range} />
            <DataTable
              caption={t("caption")}
              columns={await userColumns()}
              rows={result.items}
              rowKey={(user) => user.id}
            />
            <Pagination path="/admin/users" query={filters} page={page} {...range} />
          </BulkCohortForm>
        )}
      </div>
    </>
  );
}
