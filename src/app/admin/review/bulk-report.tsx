import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("review.forms");
  const describe = (result: BulkItemOutcome) => {
    if (!result.ok) return t("itemRefused", { message: result.message });
    if (result.status === "REJECTED") return t("itemRejected");
    const badges = result.badgesAwarded.map((code) => badgeNames[code] ?? code).join(", ");
    return badges
      ? t("itemApprovedWithBadges", { points: result.pointsCredited, badges })
      : t("itemApproved", { points: result.pointsCredited });
  };
  return (
    <section aria-label={t("resultsLabel")} className="mb-5">
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
                {labels.get(result.id) ?? t("submissionFallback", { id: result.id })}
              </Link>
              : {describe(result)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
