import Link from "next/link";
import { pointsLabel } from "./points-label";
import type { BulkItemOutcome } from "./review-states";

/** After a bulk review: one line per submission, done (with its credit) or refused (with why). */
export function BulkReport({
  results,
  labels,
  badgeNames,
}: {
  results: BulkItemOutcome[];
  labels: Map<string, string>;
  badgeNames: Record<string, string>;
}) {
  return (
    <section aria-label="Results per submission" className="mb-5">
      <ul className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm">
        {results.map((result) => (
          <li key={result.id} className="flex gap-3 px-4 py-2.5">
            <span
              aria-hidden="true"
              className={`font-bold ${result.ok ? "text-green-800" : "text-red-800"}`}
            >
              {result.ok ? "✓" : "✗"}
            </span>
            <p className="min-w-0 break-words">
              <Link
                href={`/admin/review/${encodeURIComponent(result.id)}`}
                className="font-semibold text-brand-700 underline hover:text-brand-900"
              >
                {labels.get(result.id) ?? `Submission ${result.id}`}
              </Link>
              : {result.ok ? describeDone(result, badgeNames) : `refused — ${result.message}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function describeDone(
  result: Extract<BulkItemOutcome, { ok: true }>,
  badgeNames: Record<string, string>,
): string {
  if (result.status === "REJECTED") return "rejected.";
  const points = `approved, ${pointsLabel(result.pointsCredited)} credited`;
  if (result.badgesAwarded.length === 0) return `${points}.`;
  return `${points}; badge awarded: ${result.badgesAwarded.map((code) => badgeNames[code] ?? code).join(", ")}.`;
}
