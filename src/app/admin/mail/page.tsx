import type { Metadata } from "next";
import Link from "next/link";
import { useFormatter } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/server/auth/page-guards";
import { getEnv } from "@/server/env";
import { listOutbox, listOutboxInput, OUTBOX_STATUSES } from "@/server/mail/list-outbox";
import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { PageHeader } from "@/ui/common/page-header";
import { FilterBar } from "@/ui/lists/filter-bar";
import { listPageQuery, parseListPageQuery } from "@/ui/lists/list-query";
import { Pagination } from "@/ui/lists/pagination";
import { OutboxTable } from "@/ui/mail/outbox-table";
import { SmtpNotice } from "@/ui/mail/smtp-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailAdmin");
  return { title: t("metaTitle") };
}

const PAGE_SIZE = 25;
const mailPageQuery = listPageQuery(listOutboxInput, ["status", "q"], PAGE_SIZE);

/** The mail outbox (docs/product.md §13): what was sent, what waits, what failed. ADMIN. */
export default async function AdminMailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requirePageRole("ADMIN", "/admin/mail");
  const t = await getTranslations("mailAdmin");
  const { page, status, q } = parseListPageQuery(mailPageQuery, await searchParams);
  const result = await listOutbox(admin, {
    status,
    q,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const all = result.counts.pending! + result.counts.sent! + result.counts.failed!;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <SmtpNotice configured={Boolean(getEnv().SMTP_URL)} />
      <nav aria-label={t("filterNav")} className="mt-6">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <StatusLink label={t("all")} count={all} href="/admin/mail" current={!status} />
          {OUTBOX_STATUSES.map((value) => (
            <StatusLink
              key={value}
              label={t(`statuses.${value}`)}
              count={result.counts[value] ?? 0}
              href={`/admin/mail?status=${value}`}
              current={status === value}
            />
          ))}
        </ul>
      </nav>
      <FilterBar
        action="/admin/mail"
        label={t("filter.label")}
        placeholder={t("filter.placeholder")}
        fields={[
          {
            name: "status",
            label: t("filter.status"),
            anyLabel: t("filter.anyStatus"),
            options: OUTBOX_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) })),
          },
        ]}
        values={{ q, status }}
        submitLabel={t("filter.submit")}
      />
      <div className="mt-6 flex flex-col gap-4">
        <OutboxTable
          rows={result.items}
          empty={
            <AdminEmptyState
              title={all === 0 ? t("empty.noMail") : t("empty.noMatch")}
              link={all === 0 ? undefined : { href: "/admin/mail", label: t("empty.showAll") }}
            >
              {all === 0 ? t("empty.noMailBody") : null}
            </AdminEmptyState>
          }
        />
        <Pagination
          path="/admin/mail"
          query={{ status, q }}
          page={page}
          offset={result.offset}
          shown={result.items.length}
          total={result.total}
        />
      </div>
    </>
  );
}

function StatusLink(props: { label: string; count: number; href: string; current: boolean }) {
  const format = useFormatter();
  return (
    <li>
      <Link
        href={props.href}
        aria-current={props.current ? "page" : undefined}
        className="block h-full rounded-xl border border-slate-200 p-3 hover:border-brand-700 aria-[current=page]:border-2 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
      >
        <span className="block text-sm font-semibold text-slate-800">{props.label}</span>
        <span className="block text-2xl font-bold text-brand-800 tabular-nums">
          {format.number(props.count)}
        </span>
      </Link>
    </li>
  );
}
