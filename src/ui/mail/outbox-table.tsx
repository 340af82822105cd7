import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { OutboxItem } from "@/server/mail/list-outbox";
import { formatDateTime } from "@/ui/format/format-date-time";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { OutboxStatus } from "./outbox-status";

/** The outbox list: a table on wide screens, cards on phones (DataTable). */
export function OutboxTable({ rows, empty }: { rows: OutboxItem[]; empty: ReactNode }) {
  const format = useFormatter();
  const t = useTranslations("mailAdmin.table");
  if (rows.length === 0) return <>{empty}</>;
  const columns: Column<OutboxItem>[] = [
    {
      header: t("subject"),
      rowHeader: true,
      className: "sm:min-w-56 text-slate-800",
      cell: (row) => (
        <Link
          href={`/admin/mail/${row.id}`}
          // The subject is in the recipient's language, which screen readers should use.
          lang={row.locale}
          className="font-medium break-words text-brand-700 underline hover:text-brand-900"
        >
          {row.subject}
        </Link>
      ),
    },
    {
      header: t("to"),
      className: "sm:min-w-40 text-slate-800 wrap-anywhere",
      cell: (row) => row.to,
    },
    {
      header: t("kind"),
      className: "text-slate-700",
      cell: (row) => (
        <>
          {row.template}
          <span className="block text-xs text-slate-600">
            {row.category} · {row.locale}
          </span>
        </>
      ),
    },
    {
      header: t("status"),
      cell: (row) => <OutboxStatus item={row} />,
    },
    {
      header: t("queued"),
      className: "text-slate-700 sm:whitespace-nowrap",
      cell: (row) => <time dateTime={row.createdAt}>{formatDateTime(format, row.createdAt)}</time>,
    },
  ];
  return (
    <DataTable caption={t("caption")} columns={columns} rows={rows} rowKey={(row) => row.id} />
  );
}
