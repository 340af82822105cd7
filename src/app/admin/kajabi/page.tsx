import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageRole } from "@/server/auth/page-guards";
import { listKajabiEvents, listKajabiEventsInput } from "@/server/kajabi/list-kajabi-events";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { PageHeader } from "@/ui/common/page-header";
import { PageSection } from "@/ui/common/page-section";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { Pagination } from "@/ui/lists/pagination";
import { toEventRows } from "./event-rows";
import { EventsTable } from "./events-table";
import { KajabiConnectionSection, NoEventsYet } from "./kajabi-connection";
import { LinkContactForm, ReprocessAllForm } from "./kajabi-tools";
import { KajabiStatusFilter } from "./status-filter";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kajabiAdmin");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 25;

/** The filter the events API takes, read forgivingly from the page's URL. */
const eventsPageQuery = listPageQuery(listKajabiEventsInput, ["status"], PAGE_SIZE);

export default async function AdminKajabiPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole("ADMIN", "/admin/kajabi");
  const [format, t] = await Promise.all([getFormatter(), getTranslations("kajabiAdmin")]);
  const { page, status } = parseListPageQuery(eventsPageQuery, await searchParams);
  const result = await listKajabiEvents(admin, {
    status,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const all = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
  const unmatched = result.counts.unmatched ?? 0;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />

      <KajabiStatusFilter
        counts={result.counts}
        repeatedDeliveries={result.repeatedDeliveries}
        status={status}
      />

      <div className="mt-8 grid grid-cols-1 items-start gap-6 md:grid-cols-2">
        <section
          aria-labelledby="link-heading"
          className="rounded-xl border border-slate-200 bg-slate-50 p-4"
        >
          <h2 id="link-heading" className="text-lg font-semibold text-slate-900">
            {t("link.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("link.intro")}</p>
          <LinkContactForm
            labels={{
              contactHint: t("link.contactHint"),
              user: t("link.user"),
              submit: t("link.submit"),
              pending: t("link.pending"),
            }}
          />
        </section>
        <section
          aria-labelledby="reprocess-heading"
          className="rounded-xl border border-slate-200 bg-slate-50 p-4"
        >
          <h2 id="reprocess-heading" className="text-lg font-semibold text-slate-900">
            {t("reprocessAll.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("reprocessAll.intro")}</p>
          <ReprocessAllForm
            waiting={
              unmatched === 0
                ? t("reprocessAll.nothingWaiting")
                : t("reprocessAll.waiting", { count: unmatched })
            }
            labels={{ submit: t("reprocessAll.submit"), pending: t("reprocessAll.pending") }}
          />
        </section>
      </div>

      <KajabiConnectionSection />

      <PageSection
        id="events"
        title={
          <>
            {t("events.title", { status: status ?? "all" })}{" "}
            <span className="font-normal text-slate-600">({format.number(result.total)})</span>
          </>
        }
        className="mt-10"
      >
        <div className="mt-4 flex flex-col gap-4">
          <EventsTable
            rows={await toEventRows(result.items)}
            labels={{
              caption: t("table.caption"),
              received: t("table.received"),
              tagAndType: t("table.tagAndType"),
              contact: t("table.contact"),
              auth: t("table.auth"),
              matchedUser: t("table.matchedUser"),
              noUser: t("table.noUser"),
              status: t("table.status"),
              points: t("table.points"),
              reason: t("table.reason"),
              actions: t("table.actions"),
              payload: t("table.payload"),
              reprocess: t("table.reprocess"),
              reprocessing: t("table.reprocessing"),
            }}
            empty={
              all === 0 ? (
                <NoEventsYet />
              ) : (
                <AdminEmptyState
                  title={result.total > 0 ? t("events.pastEnd") : t("events.noneHere")}
                  link={{ href: "/admin/kajabi", label: t("events.showAll") }}
                />
              )
            }
          />
          <Pagination
            path="/admin/kajabi"
            query={{ status }}
            page={page}
            offset={result.offset}
            shown={result.items.length}
            total={result.total}
          />
        </div>
      </PageSection>
    </>
  );
}
