"use client";

import Link from "next/link";
import { useActionState, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { FormBanner } from "@/ui/forms/form-banner";
import { KajabiStatusPill } from "@/ui/evidence/status-pill";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { reprocessEvent } from "./actions";

/** Short, so the table keeps its width: the page's "Check the connection" explains them. */
const AUTH_LABELS = { token: "Token", hmac: "Signature", none: "—" } as const;

export interface EventRow {
  id: string;
  receivedAt: string;
  receivedLabel: string;
  eventType: string;
  tag: string;
  contactEmail: string;
  contactId: string;
  userMatch: string | null;
  /** How the delivery proved it came from Kajabi. */
  authMethod: "hmac" | "token" | null;
  matchedUser: { id: string; name: string; handle: string } | null;
  status: string;
  points: number;
  reason: string | null;
  /** The stored body, pretty-printed on the server; shown as text. */
  payload: string;
}

/**
 * The events table. Every row opens to its raw payload; unmatched rows have a
 * "Reprocess" button. One form wraps the table and stays mounted when the list is
 * empty, so the result of a reprocess stays shown even when its row leaves the list.
 */
export function EventsTable({ rows, empty }: { rows: EventRow[]; empty: ReactNode }) {
  const [state, action] = useActionState(reprocessEvent, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  useFocusOnError(state, form);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<EventRow>[] = [
    {
      header: "Received",
      rowHeader: true,
      className: "sm:min-w-28 text-slate-700",
      cell: (row) => (
        <>
          <time dateTime={row.receivedAt}>{row.receivedLabel}</time>
          <span className="block font-mono text-xs text-slate-600 wrap-anywhere">{row.id}</span>
        </>
      ),
    },
    {
      header: "Tag and event type",
      className: "sm:min-w-40 text-slate-800",
      cell: (row) => (
        <>
          <span className="block break-words">{row.tag}</span>
          <span className="block text-xs text-slate-600">{row.eventType}</span>
        </>
      ),
    },
    {
      header: "Contact",
      className: "sm:min-w-48 text-slate-800",
      cell: (row) => (
        <>
          <span className="block wrap-anywhere">{row.contactEmail}</span>
          <span className="block font-mono text-xs text-slate-600">id {row.contactId}</span>
        </>
      ),
    },
    {
      header: "Auth",
      className: "whitespace-nowrap text-slate-700",
      cell: (row) => AUTH_LABELS[row.authMethod ?? "none"],
    },
    {
      header: "Matched user",
      className: "sm:min-w-32",
      cell: (row) =>
        row.matchedUser ? (
          <>
            <Link
              href={`/admin/users/${encodeURIComponent(row.matchedUser.id)}`}
              className="font-semibold wrap-anywhere text-brand-700 underline hover:text-brand-900"
            >
              {row.matchedUser.name}
            </Link>
            <span className="block text-xs wrap-anywhere text-slate-600">
              @{row.matchedUser.handle}
            </span>
          </>
        ) : row.userMatch ? (
          <span className="font-mono text-xs wrap-anywhere text-slate-600">{row.userMatch}</span>
        ) : (
          <span className="text-slate-600">None</span>
        ),
    },
    { header: "Status", cell: (row) => <KajabiStatusPill status={row.status} /> },
    {
      header: "Points",
      align: "right",
      className: "font-semibold tabular-nums",
      cell: (row) => (row.points > 0 ? `+${row.points}` : row.points),
    },
    { header: "Reason", className: "sm:min-w-36 text-slate-700", cell: (row) => row.reason ?? "—" },
    {
      header: "Actions",
      headerHidden: true,
      cell: (row, index) => (
        <div className="flex flex-wrap items-start gap-2 sm:flex-col">
          <button
            type="button"
            aria-expanded={open.has(row.id)}
            aria-controls={`event-payload-${index}`}
            onClick={() => toggle(row.id)}
            className="text-sm font-semibold whitespace-nowrap text-brand-700 underline hover:text-brand-900"
          >
            Payload <span aria-hidden="true">{open.has(row.id) ? "▴" : "▾"}</span>
            <span className="sr-only"> of event {row.id}</span>
          </button>
          {row.status === "unmatched" ? <ReprocessButton eventId={row.id} /> : null}
        </div>
      ),
    },
  ];

  return (
    <form ref={form} action={action}>
      <FormBanner state={state} />
      {rows.length === 0 ? (
        empty
      ) : (
        <DataTable
          caption="Kajabi events"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          afterRow={(row, index, columnCount) => (
            <tr id={`event-payload-${index}`} hidden={!open.has(row.id)} className="max-sm:block">
              <td colSpan={columnCount} className="bg-slate-50 px-3 py-3 max-sm:block">
                <pre className="max-h-96 overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs break-all whitespace-pre-wrap text-slate-100">
                  {row.payload}
                </pre>
              </td>
            </tr>
          )}
        />
      )}
    </form>
  );
}

function ReprocessButton({ eventId }: { eventId: string }) {
  const { pending, data } = useFormStatus();
  const running = pending && data?.get("eventId") === eventId;
  return (
    <button
      type="submit"
      name="eventId"
      value={eventId}
      disabled={pending}
      className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-slate-800 hover:border-brand-700 hover:text-brand-800 disabled:cursor-wait disabled:opacity-80"
    >
      {running ? "Reprocessing…" : "Reprocess"}
      <span className="sr-only"> event {eventId}</span>
    </button>
  );
}
