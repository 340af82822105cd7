import type { Metadata } from "next";
import Link from "next/link";
import { DESCRIBED_AUDIT_ACTIONS } from "@/server/audit/describe-audit-entry";
import { listAuditEntries, listAuditInput } from "@/server/audit/list-audit-entries";
import { requirePageRole } from "@/server/auth/page-guards";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { FilterBar } from "@/ui/lists/filter-bar";
import { fieldErrors, firstValues } from "@/ui/lists/filter-values";
import { AuditList } from "@/ui/admin/audit-list";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { PageHeader } from "@/ui/common/page-header";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { getLocale } from "next-intl/server";
import { localizedIssues } from "@/server/messages/localized-issues";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const FILTERS = ["actor", "action", "target", "from", "to"] as const;
const ACTION_OPTIONS = [...DESCRIBED_AUDIT_ACTIONS]
  .sort()
  .map((action) => ({ value: action, label: action }));

/**
 * Every audit row, newest first, in words with people named and linked (docs/product.md
 * §15), filtered by a GET form and paged by the same keyset cursor as GET /api/admin/audit.
 */
export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole("ADMIN", "/admin/audit");
  const query = firstValues(await searchParams);
  const values = Object.fromEntries(FILTERS.map((name) => [name, query[name]]));
  const parsed = listAuditInput.safeParse({ ...values, cursor: query.cursor, limit: PAGE_SIZE });
  const errors = parsed.success
    ? {}
    : fieldErrors(localizedIssues(parsed.error, await getLocale()));
  const input = parsed.success ? parsed.data : listAuditInput.parse({ limit: PAGE_SIZE });
  const page = await listAuditEntries(admin, input);
  const filters = parsed.success ? values : {};
  const next = page.nextCursor
    ? `/admin/audit?${new URLSearchParams({ ...defined(filters), cursor: page.nextCursor })}`
    : null;

  return (
    <>
      <PageHeader
        title="Audit log"
        intro="Everything people and the system changed, newest first. Times are in UTC; dates filter whole UTC days."
      />
      <FilterBar
        action="/admin/audit"
        label="Filter the audit log"
        submitLabel="Filter"
        values={values}
        errors={errors}
        fields={[
          { name: "actor", label: "Who", placeholder: "Handle or id" },
          { name: "action", label: "Action", anyLabel: "All actions", options: ACTION_OPTIONS },
          { name: "target", label: "About", placeholder: "Handle, id or badge code" },
          { name: "from", label: "From", type: "date" },
          { name: "to", label: "To", type: "date" },
        ]}
      />
      <ExportCsvLink kind="audit" filters={filters} />

      <div className="mt-8">
        {page.items.length === 0 ? (
          <AdminEmptyState
            title={input.cursor ? "No older entries" : "No audit entries found"}
            link={{ href: "/admin/audit", label: "Show the newest entries" }}
          >
            {Object.values(filters).some(Boolean)
              ? "Try other filters or a wider date range."
              : "Entries appear here as people use the app."}
          </AdminEmptyState>
        ) : (
          <>
            <AuditList entries={page.items} viewerId={admin.id} />
            <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-3">
              {input.cursor ? (
                <Link
                  href={`/admin/audit?${new URLSearchParams(defined(filters))}`}
                  className={`${secondaryButtonClass} px-4 py-2 text-sm`}
                >
                  Newest entries
                </Link>
              ) : (
                <span />
              )}
              {next ? (
                <Link
                  href={next}
                  rel="next"
                  className={`${secondaryButtonClass} px-4 py-2 text-sm`}
                >
                  Older entries<span aria-hidden="true">&nbsp;→</span>
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </div>
    </>
  );
}

function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
