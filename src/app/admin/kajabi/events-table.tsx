"use client";

import Link from "next/link";
import { Fragment, useActionState, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FormBanner } from "@/ui/forms/form-banner";
import { KajabiStatusPill } from "@/ui/evidence/status-pill";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { reprocessEvent } from "./actions";

export interface EventRow {
  id: string;
  receivedAt: string;
  receivedLabel: string;
  eventType: string;
  tag: string;
  contactEmail: string;
  contactId: string;
  userMatch: string | null;
  status: string;
  points: number;
  reason: string | null;
  /** The stored body, pretty-printed on the server; shown as text. */
  payload: string;
}

const COLUMNS = 8;

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

  return (
    <form ref={form} action={action}>
      <FormBanner state={state} />
      {rows.length === 0 ? empty : null}
      <div
        hidden={rows.length === 0}
        className="overflow-x-auto rounded-xl border border-slate-200"
        tabIndex={0}
        role="region"
        aria-label="Kajabi events"
      >
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {[
                "Received",
                "Tag and event type",
                "Contact",
                "Matched user",
                "Status",
                "Points",
                "Reason",
              ].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-3 font-semibold">
                  {heading}
                </th>
              ))}
              <th scope="col" className="px-3 py-3 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 bg-white">
            {rows.map((row, index) => {
              const payloadId = `event-payload-${index}`;
              const isOpen = open.has(row.id);
              return (
                <Fragment key={row.id}>
                  <tr className="align-top hover:bg-slate-50">
                    <th scope="row" className="min-w-28 px-3 py-3 font-normal text-slate-700">
                      <time dateTime={row.receivedAt}>{row.receivedLabel}</time>
                      <span className="block font-mono text-xs text-slate-600">{row.id}</span>
                    </th>
                    <td className="min-w-40 px-3 py-3 text-slate-800">
                      <span className="block break-words">{row.tag}</span>
                      <span className="block text-xs text-slate-600">{row.eventType}</span>
                    </td>
                    <td className="min-w-48 px-3 py-3 text-slate-800">
                      <span className="block wrap-anywhere">{row.contactEmail}</span>
                      <span className="block font-mono text-xs text-slate-600">
                        id {row.contactId}
                      </span>
                    </td>
                    <td className="px-3 py-3">
                      {row.userMatch ? (
                        <Link
                          href={`/admin/users/${encodeURIComponent(row.userMatch)}`}
                          title={row.userMatch}
                          className="block max-w-32 truncate font-mono text-xs text-brand-700 underline hover:text-brand-900"
                        >
                          {row.userMatch}
                        </Link>
                      ) : (
                        <span className="text-slate-600">None</span>
                      )}
                    </td>
                    <td className="px-3 py-3">
                      <KajabiStatusPill status={row.status} />
                    </td>
                    <td className="px-3 py-3 text-right font-semibold tabular-nums">
                      {row.points > 0 ? `+${row.points}` : row.points}
                    </td>
                    <td className="min-w-36 px-3 py-3 text-slate-700">{row.reason ?? "—"}</td>
                    <td className="px-3 py-3">
                      <div className="flex flex-col items-start gap-2">
                        <button
                          type="button"
                          aria-expanded={isOpen}
                          aria-controls={payloadId}
                          onClick={() => toggle(row.id)}
                          className="text-sm font-semibold whitespace-nowrap text-brand-700 underline hover:text-brand-900"
                        >
                          Payload <span aria-hidden="true">{isOpen ? "▴" : "▾"}</span>
                          <span className="sr-only"> of event {row.id}</span>
                        </button>
                        {row.status === "unmatched" ? <ReprocessButton eventId={row.id} /> : null}
                      </div>
                    </td>
                  </tr>
                  <tr id={payloadId} hidden={!isOpen}>
                    <td colSpan={COLUMNS} className="bg-slate-50 px-3 py-3">
                      <pre className="max-h-96 overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs break-all whitespace-pre-wrap text-slate-100">
                        {row.payload}
                      </pre>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
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
