import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { appLocale } from "@/i18n/locales";
import { withIsoDates } from "@/i18n/local-date-input";
import { DESCRIBED_AUDIT_ACTIONS } from "@/server/audit/describe-audit-entry";
import { listAuditEntries, listAuditInput } from "@/server/audit/list-audit-entries";
import { requirePageRole } from "@/server/auth/page-guards";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { DATE_FILTERS, filterErrors, shownFilterValues } from "@/ui/admin/date-filters";
import { FilterBar } from "@/ui/lists/filter-bar";
import { firstValues } from "@/ui/lists/filter-values";
import { AuditList } from "@/ui/admin/audit-list";
import { ExportCsvLink } from "@/ui/admin/export-csv-link";
import { PageHeader } from "@/ui/common/page-header";
import { secondaryButtonClass } from "@/ui/forms/button-styles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 50;
/** The longest handle, id or action the filters take (listAuditFields). */
const TEXT_MAX = 200;
const FILTERS = ["actor", "action", "target", "from", "to"] as const;
const ACTION_OPTIONS = [...DESCRIBED_AUDIT_ACTIONS]
  .sort()
  .map((action) => ({ value: action, label: action }));

/**
 * Every audit row, newest first, in words with people named and linked (docs/product.md
 * §15), in the reader's language, filtered by a GET form (days typed dd/mm/yyyy) and paged
 * by the same keyset cursor as GET /api/admin/audit.
 */
export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole("ADMIN", "/admin/audit");
  const query = firstValues(await searchParams);
  const [t, tDates, locale] = await Promise.all([
    getTranslations("audit"),
    getTranslations("adminOverview.dates"),
    getLocale(),
  ]);
  const values = Object.fromEntries(FILTERS.map((name) => [name, query[name]]));
  // Links and the CSV export take ISO days; the form shows them back as dd/mm/yyyy.
  const isoValues = withIsoDates(values, DATE_FILTERS);
  const parsed = listAuditInput.safeParse({ ...isoValues, cursor: query.cursor, limit: PAGE_SIZE });
  const errors = parsed.success
    ? {}
    : filterErrors(
        parsed.error.issues,
        { invalid: tDates("invalid"), order: tDates("order") },
        (field) =>
          field === "cursor" ? t("errors.cursor") : t("errors.tooLong", { max: TEXT_MAX }),
      );
  const input = parsed.success ? parsed.data : listAuditInput.parse({ limit: PAGE_SIZE });
  const page = await listAuditEntries(admin, input, appLocale(locale));
  const filters = parsed.success ? isoValues : {};
  const next = page.nextCursor
    ? `/admin/audit?${new URLSearchParams({ ...defined(filters), cursor: page.nextCursor })}`
    : null;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterBar
        action="/admin/audit"
        label={t("filter.label")}
        submitLabel={t("filter.submit")}
        values={shownFilterValues(values)}
        errors={errors}
        fields={[
          { name: "actor", label: t("filter.actor"), placeholder: t("filter.actorPlaceholder") },
          {
            name: "action",
            label: t("filter.action"),
            anyLabel: t("filter.allActions"),
            options: ACTION_OPTIONS,
          },
          {
            name: "target",
            label: t("filter.target"),
            placeholder: t("filter.targetPlaceholder"),
          },
          { name: "from", label: t("filter.from"), placeholder: tDates("placeholder") },
          { name: "to", label: t("filter.to"), placeholder: tDates("placeholder") },
        ]}
      />
      <ExportCsvLink kind="audit" filters={filters} />

      <div className="mt-8">
        {page.items.length === 0 ? (
          <AdminEmptyState
            title={input.cursor ? t("empty.noOlder") : t("empty.none")}
            link={{ href: "/admin/audit", label: t("empty.newest") }}
          >
            {Object.values(filters).some(Boolean) ? t("empty.filtered") : t("empty.fresh")}
          </AdminEmptyState>
        ) : (
          <>
            <AuditList entries={page.items} viewerId={admin.id} />
            <nav
              aria-label={t("pagination.label")}
              className="mt-6 flex items-center justify-between gap-3"
            >
              {input.cursor ? (
                <Link
                  href={`/admin/audit?${new URLSearchParams(defined(filters))}`}
                  className={`${secondaryButtonClass} px-4 py-2 text-sm`}
                >
                  {t("pagination.newest")}
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
                  {t("pagination.older")}
                  <span aria-hidden="true">&nbsp;→</span>
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
