"use client";

import Link from "next/link";
import { useActionState, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { FormBanner } from "@/ui/forms/form-banner";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { reprocessEvent } from "./actions";

/** One event as the server prepared it (event-rows.tsx): its words are already translated. */
export interface EventRow {
  id: string;
  receivedAt: string;
  receivedLabel: string;
  eventType: string;
  tag: string;
  contactEmail: string;
  /** "id 98765". */
  contactIdLabel: string;
  /**
   * How the delivery proved it came from Kajabi, in a word ("Token", "Signature"), short so
   * the table keeps its width: the page's "Check the connection" explains them.
   */
  authLabel: string;
  userMatch: string | null;
  matchedUser: { id: string; name: string; handle: string } | null;
  status: string;
  statusPill: ReactNode;
  /** "+10", "0". */
  pointsLabel: string;
  reason: string | null;
  /** For screen readers, after "Payload": "of event <id>". */
  payloadOf: string;
  /** For screen readers, after "Reprocess": "event <id>". */
  reprocessEvent: string;
  /** The stored body, pretty-printed on the server; shown as text. */
  payload: string;
}

/** The table's own words, from the page in the reader's language. */
export interface EventsTableLabels {
  caption: string;
  received: string;
  tagAndType: string;
  contact: string;
  auth: string;
  matchedUser: string;
  noUser: string;
  status: string;
  points: string;
  reason: string;
  actions: string;
  payload: string;
  reprocess: string;
  reprocessing: string;
}

/**
 * The events table. Every row opens to its raw payload; unmatched rows have a
 * "Reprocess" button. One form wraps the table and stays mounted when the list is
 * empty, so the result of a reprocess stays shown even when its row leaves the list.
 */
export function EventsTable({
  rows,
  empty,
  labels,
}: {
  rows: EventRow[];
  empty: ReactNode;
  labels: EventsTableLabels;
}) {
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
      header: labels.received,
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
      header: labels.tagAndType,
      className: "sm:min-w-40 text-slate-800",
      cell: (row) => (
        <>
          <span className="block break-words">{row.tag}</span>
          <span className="block text-xs text-slate-600">{row.eventType}</span>
        </>
      ),
    },
    {
      header: labels.contact,
      className: "sm:min-w-48 text-slate-800",
      cell: (row) => (
        <>
          <span className="block wrap-anywhere">{row.contactEmail}</span>
          <span className="block font-mono text-xs text-slate-600">{row.contactIdLabel}</span>
        </>
      ),
    },
    {
      header: labels.auth,
      className: "whitespace-nowrap text-slate-700",
      cell: (row) => row.authLabel,
    },
    {
      header: labels.matchedUser,
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
          <span className="text-slate-600">{labels.noUser}</span>
        ),
    },
    { header: labels.status, cell: (row) => row.statusPill },
    {
      header: labels.points,
      align: "right",
      className: "font-semibold tabular-nums",
      cell: (row) => row.pointsLabel,
    },
    {
      header: labels.reason,
      className: "sm:min-w-36 text-slate-700",
      cell: (row) => row.reason ?? "—",
    },
    {
      header: labels.actions,
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
            {labels.payload} <span aria-hidden="true">{open.has(row.id) ? "▴" : "▾"}</span>
            <span className="sr-only"> {row.payloadOf}</span>
          </button>
          {row.status === "unmatched" ? <ReprocessButton row={row} labels={labels} /> : null}
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
          caption={labels.caption}
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

function ReprocessButton({ row, labels }: { row: EventRow; labels: EventsTableLabels }) {
  const { pending, data } = useFormStatus();
  const running = pending && data?.get("eventId") === row.id;
  return (
    <button
      type="submit"
      name="eventId"
      value={row.id}
      disabled={pending}
      className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-slate-800 hover:border-brand-700 hover:text-brand-800 disabled:cursor-wait disabled:opacity-80"
    >
      {running ? labels.reprocessing : labels.reprocess}
      <span className="sr-only"> {row.reprocessEvent}</span>
    </button>
  );
}
