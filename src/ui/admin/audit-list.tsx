import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Fragment } from "react";
import type { AuditPart } from "@/server/audit/describe-audit-entry";
import type { AuditEntryDto } from "@/server/users/get-user-as-admin";
import { formatDateTime } from "@/ui/format/format-date-time";

/**
 * Audit rows newest first: what happened in words, with the people linked to their admin
 * page, when, each field's before → after, and the raw row on demand. The sentences come
 * worded in the reader's language (describeAuditEntry); field codes and values stay as stored.
 */
export function AuditList({ entries, viewerId }: { entries: AuditEntryDto[]; viewerId: string }) {
  const format = useFormatter();
  const t = useTranslations("audit.list");
  if (entries.length === 0) {
    return (
      <p className="mt-4 rounded-xl border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
        {t("none")}
      </p>
    );
  }
  return (
    <ol className="mt-4 flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-xl border border-slate-200 p-4 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 font-semibold wrap-anywhere text-slate-900">
              <Sentence
                parts={entry.description}
                label={(part) =>
                  part.userId === viewerId ? t("you", { name: part.label }) : part.label
                }
              />
            </p>
            <time dateTime={entry.createdAt} className="text-slate-600">
              {formatDateTime(format, entry.createdAt)}
            </time>
          </div>
          <Changes meta={entry.meta} changedTo={t("changedTo")} empty={t("empty")} />
          <details className="mt-2 text-slate-600">
            <summary className="cursor-pointer text-xs font-semibold">{t("raw")}</summary>
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 font-mono text-xs">
              <dt>action</dt>
              <dd className="wrap-anywhere">{entry.action}</dd>
              <dt>actor</dt>
              <dd className="wrap-anywhere">{entry.actorId}</dd>
              <dt>target</dt>
              <dd className="wrap-anywhere">{entry.targetId ?? "—"}</dd>
              <dt>meta</dt>
              <dd>
                <pre className="break-all whitespace-pre-wrap">
                  {JSON.stringify(entry.meta, null, 2)}
                </pre>
              </dd>
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** The description's text, each person a link to their admin page ("you" for the reader). */
function Sentence({
  parts,
  label,
}: {
  parts: AuditPart[];
  label: (person: Exclude<AuditPart, string>) => string;
}) {
  return parts.map((part, index) =>
    typeof part === "string" ? (
      <Fragment key={index}>{part}</Fragment>
    ) : (
      <Link
        key={index}
        href={`/admin/users/${encodeURIComponent(part.userId)}`}
        className="text-brand-700 underline hover:text-brand-900"
      >
        {label(part)}
      </Link>
    ),
  );
}

/** A `{ before, after }` change as one line per field; other metadata is in the raw entry. */
function Changes({ meta, changedTo, empty }: { meta: unknown; changedTo: string; empty: string }) {
  if (!isRecord(meta) || !isRecord(meta.before) || !isRecord(meta.after)) return null;
  const { before, after } = meta;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {fields.map((field) => (
        <li key={field} className="break-words text-slate-800">
          <span className="font-medium">{field}</span>: {show(before[field], empty)}{" "}
          <span aria-hidden="true">→</span>
          <span className="sr-only">{changedTo}</span> {show(after[field], empty)}
        </li>
      ))}
    </ul>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}

function show(value: unknown, empty: string) {
  if (value === null || value === undefined || value === "") {
    return <span className="text-slate-600 italic">{empty}</span>;
  }
  return (
    <span className="font-mono text-xs">
      {typeof value === "string" ? value : JSON.stringify(value)}
    </span>
  );
}
