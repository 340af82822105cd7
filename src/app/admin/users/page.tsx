import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/page-guards";
import { ROLES } from "@/server/db/schema";
import { listUsers, listUsersInput } from "@/server/users/list-users";
import type { UserDto } from "@/server/users/user-dto";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { roleLabel } from "@/ui/admin/role-label";
import { NotSet } from "@/ui/common/not-set";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { FilterBar, isFiltered } from "@/ui/lists/filter-bar";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { PageRange, Pagination } from "@/ui/lists/pagination";
import { BulkCohortForm } from "./bulk-cohort-form";
import { PageHeader } from "@/ui/common/page-header";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 25;
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

/** The filters the users API takes, read forgivingly from the page's URL. */
const usersPageQuery = listPageQuery(listUsersInput, ["q", "role", "cohort"], PAGE_SIZE);

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageRole("ADMIN", "/admin/users");
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
  const range = { offset: result.offset, shown: result.items.length, total: result.total };

  return (
    <>
      <PageHeader
        title="Users"
        intro="Find people, open a user to change their role or details, or give several users a cohort at once."
      />

      <FilterBar
        action="/admin/users"
        label="Filter users"
        submitLabel="Search"
        placeholder="Name, email, handle or school"
        values={filters}
        fields={[
          { name: "role", label: "Role", anyLabel: "All roles", options: ROLE_OPTIONS },
          { name: "cohort", label: "Cohort", anyLabel: "All cohorts", options: cohortOptions },
        ]}
      />
      <ExportCsvLink kind="users" filters={filters} />

      <div className="mt-8">
        {result.items.length === 0 ? (
          <AdminEmptyState
            title={result.total > 0 ? "This page is past the end of the list" : "No users found"}
            link={
              filtered || result.total > 0
                ? { href: "/admin/users", label: "Show all users" }
                : undefined
            }
          >
            {filtered ? "Try another search or fewer filters." : "Nobody has signed up yet."}
          </AdminEmptyState>
        ) : (
          <BulkCohortForm cohorts={result.cohorts}>
            <PageRange {...range} />
            <DataTable
              caption="Users"
              columns={USER_COLUMNS}
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

const USER_COLUMNS: Column<UserDto>[] = [
  {
    header: "Select",
    headerHidden: true,
    className: "sm:w-10",
    cell: (user) => (
      <input
        type="checkbox"
        name="userIds"
        value={user.id}
        aria-label={`Select ${user.name}`}
        className="size-5 accent-brand-700"
      />
    ),
  },
  {
    header: "Name",
    rowHeader: true,
    cell: (user) => (
      <>
        <Link
          href={`/admin/users/${encodeURIComponent(user.id)}`}
          className="font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {user.name}
        </Link>
        <span className="block text-slate-600 wrap-anywhere">{user.email}</span>
      </>
    ),
  },
  {
    header: "Handle",
    className: "sm:whitespace-nowrap text-slate-700",
    cell: (user) => `@${user.handle}`,
  },
  {
    header: "Role",
    className: "sm:whitespace-nowrap text-slate-700",
    cell: (user) => roleLabel(user.role),
  },
  {
    header: "School",
    className: "sm:min-w-48 text-slate-700",
    cell: (user) => user.school ?? <NotSet />,
  },
  {
    header: "Cohort",
    className: "sm:whitespace-nowrap text-slate-700",
    cell: (user) => user.cohort ?? <NotSet />,
  },
];
