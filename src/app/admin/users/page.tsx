import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/page-guards";
import { ROLES, type Role } from "@/server/db/schema";
import { listUsers } from "@/server/users/list-users";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { roleLabel } from "@/ui/admin/role-label";
import { BulkCohortForm } from "./bulk-cohort-form";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 25;
const MAX_PAGE = 1_000_000 / PAGE_SIZE;

type SearchParams = Record<string, string | string[] | undefined>;

interface Filters {
  q?: string;
  role?: Role;
  cohort?: string;
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageRole("ADMIN", "/admin/users");
  const params = await searchParams;
  const filters = readFilters(params);
  const page = Math.min(Math.max(Number.parseInt(first(params.page) ?? "", 10) || 1, 1), MAX_PAGE);
  const result = await listUsers(actor, {
    ...filters,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const filtered = Boolean(filters.q || filters.role || filters.cohort);
  const cohorts =
    filters.cohort && !result.cohorts.includes(filters.cohort)
      ? [filters.cohort, ...result.cohorts]
      : result.cohorts;
  const from = result.offset + 1;
  const to = result.offset + result.items.length;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Users</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Find people, open a user to change their role or details, or give several users a cohort at
        once.
      </p>

      <Form
        action="/admin/users"
        role="search"
        aria-label="Filter users"
        className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] lg:items-end"
      >
        <TextField
          id="filter-q"
          name="q"
          type="search"
          label="Search"
          placeholder="Name, email, handle or school"
          maxLength={100}
          defaultValue={filters.q}
        />
        <SelectField
          id="filter-role"
          name="role"
          label="Role"
          defaultValue={filters.role ?? ""}
          options={[
            { value: "", label: "All roles" },
            ...ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
          ]}
        />
        <SelectField
          id="filter-cohort"
          name="cohort"
          label="Cohort"
          defaultValue={filters.cohort ?? ""}
          options={[
            { value: "", label: "All cohorts" },
            ...cohorts.map((cohort) => ({ value: cohort, label: cohort })),
          ]}
        />
        <div className="flex gap-3 sm:col-span-2 lg:col-span-1">
          <button type="submit" className={`${secondaryButtonClass} py-2.5`}>
            Search
          </button>
          {filtered ? (
            <Link
              href="/admin/users"
              className="self-center text-sm font-semibold text-brand-700 underline hover:text-brand-900"
            >
              Clear
            </Link>
          ) : null}
        </div>
      </Form>

      <div className="mt-8">
        {result.items.length === 0 ? (
          <EmptyState filtered={filtered} beyondEnd={result.total > 0} />
        ) : (
          <BulkCohortForm cohorts={result.cohorts}>
            <p className="text-sm text-slate-700">
              Showing {from.toLocaleString("en")}–{to.toLocaleString("en")} of{" "}
              {result.total.toLocaleString("en")}
            </p>
            <UsersTable users={result.items} />
            <Pagination
              filters={filters}
              page={page}
              hasPrevious={page > 1}
              hasNext={to < result.total}
            />
          </BulkCohortForm>
        )}
      </div>
    </>
  );
}

function UsersTable({ users }: { users: Awaited<ReturnType<typeof listUsers>>["items"] }) {
  return (
    // Focusable so keyboard users can scroll the table sideways on narrow screens.
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200"
      tabIndex={0}
      role="region"
      aria-label="Users"
    >
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="w-10 px-4 py-3">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Handle
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Role
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              School
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Cohort
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white">
          {users.map((user) => (
            <tr key={user.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <input
                  type="checkbox"
                  name="userIds"
                  value={user.id}
                  aria-label={`Select ${user.name}`}
                  className="size-5 accent-brand-700"
                />
              </td>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link
                  href={`/admin/users/${encodeURIComponent(user.id)}`}
                  className="font-semibold text-brand-700 underline hover:text-brand-900"
                >
                  {user.name}
                </Link>
                <span className="block text-slate-600">{user.email}</span>
              </th>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">@{user.handle}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{roleLabel(user.role)}</td>
              <td className="min-w-48 px-4 py-3 text-slate-700">{user.school ?? <NotSet />}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                {user.cohort ?? <NotSet />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NotSet() {
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not set</span>
    </span>
  );
}

function Pagination({
  filters,
  page,
  hasPrevious,
  hasNext,
}: {
  filters: Filters;
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
}) {
  if (!hasPrevious && !hasNext) return null;
  const linkClass = `${secondaryButtonClass} px-4 py-2 text-sm`;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3">
      {hasPrevious ? (
        <Link href={usersHref(filters, page - 1)} className={linkClass} rel="prev">
          <span aria-hidden="true">←&nbsp;</span>Previous page
        </Link>
      ) : (
        <span />
      )}
      {hasNext ? (
        <Link href={usersHref(filters, page + 1)} className={linkClass} rel="next">
          Next page<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : null}
    </nav>
  );
}

function EmptyState({ filtered, beyondEnd }: { filtered: boolean; beyondEnd: boolean }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-slate-50 px-6 py-10 text-center">
      <p className="font-semibold text-slate-900">
        {beyondEnd ? "This page is past the end of the list" : "No users found"}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {filtered ? "Try another search or fewer filters." : "Nobody has signed up yet."}
      </p>
      {filtered || beyondEnd ? (
        <Link
          href="/admin/users"
          className="mt-4 inline-block text-sm font-semibold text-brand-700 underline hover:text-brand-900"
        >
          Show all users
        </Link>
      ) : null}
    </div>
  );
}

/** The list URL for the same filters on another page: shareable, like the form's own. */
function usersHref(filters: Filters, page: number): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.role) query.set("role", filters.role);
  if (filters.cohort) query.set("cohort", filters.cohort);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

/** Filters from the query string; anything malformed is ignored rather than an error. */
function readFilters(params: SearchParams): Filters {
  const q = first(params.q)?.trim().slice(0, 100);
  const role = first(params.role);
  const cohort = first(params.cohort)?.trim().slice(0, 100);
  return {
    ...(q && { q }),
    ...(role && (ROLES as readonly string[]).includes(role) && { role: role as Role }),
    ...(cohort && { cohort }),
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
