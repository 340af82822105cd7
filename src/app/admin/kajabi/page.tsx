import { getFormatter } from "next-intl/server";
import type { Formatter } from "@/ui/format/formatter";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/page-guards";
import { KAJABI_OUTCOMES } from "@/server/db/schema";
import {
  listKajabiEvents,
  listKajabiEventsInput,
  type KajabiEventDto,
} from "@/server/kajabi/list-kajabi-events";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { Pagination } from "@/ui/lists/pagination";
import { formatDateTime } from "@/ui/format/format-date-time";
import { EventsTable, type EventRow } from "./events-table";
import { LinkContactForm, ReprocessAllForm } from "./kajabi-tools";
import { PageSection } from "@/ui/common/page-section";
import { PageHeader } from "@/ui/common/page-header";
import { KajabiConnectionSection, NoEventsYet } from "./kajabi-connection";

export const metadata: Metadata = { title: "Kajabi events" };

const PAGE_SIZE = 25;

/** The filter the events API takes, read forgivingly from the page's URL. */
const eventsPageQuery = listPageQuery(listKajabiEventsInput, ["status"], PAGE_SIZE);

type Outcome = (typeof KAJABI_OUTCOMES)[number];

const OUTCOME_HINTS: Record<Outcome, string> = {
  credited: "Learn points given",
  duplicate: "Course already credited",
  ignored: "Not a course tag, removed, or too old",
  unmatched: "No user yet",
  capped: "Learn already full",
};

export default async function AdminKajabiPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole("ADMIN", "/admin/kajabi");
  const format = await getFormatter();
  const { page, status } = parseListPageQuery(eventsPageQuery, await searchParams);
  const result = await listKajabiEvents(admin, {
    status,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const all = Object.values(result.counts).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <PageHeader
        title="Kajabi events"
        intro="Course completions sent by Kajabi, newest first, with what each one did. Unmatched events wait until their contact belongs to a user: link the contact id, or reprocess once the educator has signed up."
      />

      <nav aria-label="Filter events by status" className="mt-6">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <StatusLink label="All" count={all} href="/admin/kajabi" current={!status} />
          {KAJABI_OUTCOMES.map((outcome) => (
            <StatusLink
              key={outcome}
              label={outcome.charAt(0).toUpperCase() + outcome.slice(1)}
              hint={
                outcome === "duplicate"
                  ? duplicateHint(result.counts.duplicate ?? 0, result.repeatedDeliveries)
                  : OUTCOME_HINTS[outcome]
              }
              count={
                (result.counts[outcome] ?? 0) +
                (outcome === "duplicate" ? result.repeatedDeliveries : 0)
              }
              href={`/admin/kajabi?status=${outcome}`}
              current={status === outcome}
            />
          ))}
        </ul>
      </nav>

      <div className="mt-8 grid grid-cols-1 items-start gap-6 md:grid-cols-2">
        <section
          aria-labelledby="link-heading"
          className="rounded-xl border border-slate-200 bg-slate-50 p-4"
        >
          <h2 id="link-heading" className="text-lg font-semibold text-slate-900">
            Link a contact id to a user
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            For an educator whose Kajabi email differs from their LEAPS email. Their waiting events
            are credited at once.
          </p>
          <LinkContactForm />
        </section>
        <section
          aria-labelledby="reprocess-heading"
          className="rounded-xl border border-slate-200 bg-slate-50 p-4"
        >
          <h2 id="reprocess-heading" className="text-lg font-semibold text-slate-900">
            Reprocess unmatched events
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Tries every unmatched event again, oldest first, against today’s users.
          </p>
          <ReprocessAllForm unmatched={result.counts.unmatched ?? 0} />
        </section>
      </div>

      <KajabiConnectionSection />

      <PageSection
        id="events"
        title={
          <>
            {status ? `${status.charAt(0).toUpperCase() + status.slice(1)} events` : "All events"}{" "}
            <span className="font-normal text-slate-600">
              ({result.total.toLocaleString("en")})
            </span>
          </>
        }
        className="mt-10"
      >
        <div className="mt-4 flex flex-col gap-4">
          <EventsTable
            rows={result.items.map((event) => toRow(event, format))}
            empty={
              all === 0 ? (
                <NoEventsYet />
              ) : (
                <AdminEmptyState
                  title={
                    result.total > 0 ? "This page is past the end of the list" : "No events here"
                  }
                  link={{ href: "/admin/kajabi", label: "Show all events" }}
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

function StatusLink({
  label,
  hint,
  count,
  href,
  current,
}: {
  label: string;
  hint?: string;
  count: number;
  href: string;
  current: boolean;
}) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className="block h-full rounded-xl border border-slate-200 p-3 hover:border-brand-700 aria-[current=page]:border-2 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
      >
        <span className="block text-sm font-semibold text-slate-800">{label}</span>
        <span className="block text-2xl font-bold text-brand-800 tabular-nums">
          {count.toLocaleString("en")}
        </span>
        {hint ? <span className="block text-xs text-slate-600">{hint}</span> : null}
      </Link>
    </li>
  );
}

/**
 * Two kinds of duplicate answer: a stored event for a course already credited (listed
 * under the filter) and a delivery of an event id already stored (counted, not stored).
 */
function duplicateHint(stored: number, repeated: number): string {
  return `${repeated.toLocaleString("en")} sent again · ${stored.toLocaleString("en")} already credited`;
}

/** What the table shows of an event; the payload is the stored body, as text. */
function toRow(event: KajabiEventDto, format: Formatter): EventRow {
  return {
    id: event.id,
    receivedAt: event.receivedAt,
    receivedLabel: formatDateTime(format, event.receivedAt),
    eventType: text(event.eventType),
    tag: text(event.tag),
    contactEmail: text(event.contactEmail),
    contactId: text(event.contactId),
    authMethod: event.authMethod,
    userMatch: event.userMatch,
    matchedUser: event.matchedUser,
    status: event.status,
    points: event.points,
    reason: event.reason,
    payload: JSON.stringify(event.payload, null, 2),
  };
}

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "—";
}
