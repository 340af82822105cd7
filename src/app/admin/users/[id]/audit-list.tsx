import type { AuditEntryDto } from "@/server/users/get-user-as-admin";
import { formatDateTime } from "@/ui/format/format-date-time";

const ACTION_LABELS: Record<string, string> = {
  "user.admin_update": "Changed by an admin",
  "user.cohort_assigned": "Cohort assigned",
  "user.bootstrap_superadmin": "Became superadmin at sign-up",
  "user.anonymised": "Account anonymised",
  "profile.update": "Profile edited",
  "ledger.adjusted": "Points adjusted",
  "badge.awarded": "Badge awarded",
  "badge.revoked": "Badge revoked",
  "kajabi.credited": "Kajabi course credited",
  "kajabi.reprocessed": "Kajabi event reprocessed",
  "kajabi.reprocessed_unmatched": "Unmatched Kajabi events reprocessed",
  "submission.created": "Evidence submitted",
  "submission.withdrawn": "Submission withdrawn",
  "submission.approved": "Submission approved",
  "submission.rejected": "Submission rejected",
  "submission.reversed": "Approval reversed",
  "badge.created": "Badge created",
  "badge.updated": "Badge edited",
};

/** Audit rows newest first: what happened, when, by whom, and each field's before → after. */
export function AuditList({
  entries,
  userId,
  actorId,
}: {
  entries: AuditEntryDto[];
  userId: string;
  actorId: string;
}) {
  if (entries.length === 0) {
    return (
      <p className="mt-4 rounded-xl border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
        No audit entries yet.
      </p>
    );
  }
  return (
    <ol className="mt-4 flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-xl border border-slate-200 p-4 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="font-semibold text-slate-900">
              {ACTION_LABELS[entry.action] ?? entry.action}{" "}
              <code className="font-mono text-xs font-normal text-slate-600">{entry.action}</code>
            </p>
            <time dateTime={entry.createdAt} className="text-slate-600">
              {formatDateTime(entry.createdAt)}
            </time>
          </div>
          <p className="mt-1 text-slate-600">
            By {who(entry.actorId, userId, actorId)}
            {entry.targetId && entry.targetId !== userId ? (
              <>
                {" "}
                on <span className="font-mono text-xs">{entry.targetId}</span>
              </>
            ) : null}
          </p>
          <Changes meta={entry.meta} />
        </li>
      ))}
    </ol>
  );
}

function who(entryActorId: string, userId: string, viewerId: string): string {
  if (entryActorId === viewerId) return "you";
  if (entryActorId === userId) return "this user";
  return entryActorId;
}

/** `{ before, after }` as one line per field; any other metadata as key: value. */
function Changes({ meta }: { meta: unknown }) {
  if (!meta || typeof meta !== "object") return null;
  const record = meta as Record<string, unknown>;
  if (isRecord(record.before) && isRecord(record.after)) {
    const before = record.before;
    const after = record.after;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return (
      <ul className="mt-2 flex flex-col gap-1">
        {fields.map((field) => (
          <li key={field} className="break-words text-slate-800">
            <span className="font-medium">{field}</span>: {show(before[field])}{" "}
            <span aria-hidden="true">→</span>
            <span className="sr-only">changed to</span> {show(after[field])}
          </li>
        ))}
      </ul>
    );
  }
  const entries = Object.entries(record);
  if (entries.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {entries.map(([key, value]) => (
        <li key={key} className="break-words text-slate-800">
          <span className="font-medium">{key}</span>: {show(value)}
        </li>
      ))}
    </ul>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}

function show(value: unknown) {
  if (value === null || value === undefined || value === "") {
    return <span className="text-slate-600 italic">empty</span>;
  }
  return (
    <span className="font-mono text-xs">
      {typeof value === "string" ? value : JSON.stringify(value)}
    </span>
  );
}
