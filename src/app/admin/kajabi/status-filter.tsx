import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { KAJABI_OUTCOMES } from "@/server/db/schema";

type Outcome = (typeof KAJABI_OUTCOMES)[number];

/**
 * The outcome cards above the events: each a link filtering the list, with its count and
 * what it means. Duplicates count two kinds of answer: a stored event for a course already
 * credited (listed under the filter) and a delivery of an event id already stored (counted,
 * not stored).
 */
export function KajabiStatusFilter({
  counts,
  repeatedDeliveries,
  status,
}: {
  counts: Partial<Record<Outcome, number>>;
  repeatedDeliveries: number;
  status: Outcome | undefined;
}) {
  const t = useTranslations("kajabiAdmin");
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <nav aria-label={t("filterLabel")} className="mt-6">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <StatusLink label={t("all")} count={all} href="/admin/kajabi" current={!status} />
        {KAJABI_OUTCOMES.map((outcome) => (
          <StatusLink
            key={outcome}
            label={t(`outcomes.${outcome}`)}
            hint={
              outcome === "duplicate"
                ? t("duplicateHint", {
                    repeated: repeatedDeliveries,
                    stored: counts.duplicate ?? 0,
                  })
                : t(`hints.${outcome}`)
            }
            count={(counts[outcome] ?? 0) + (outcome === "duplicate" ? repeatedDeliveries : 0)}
            href={`/admin/kajabi?status=${outcome}`}
            current={status === outcome}
          />
        ))}
      </ul>
    </nav>
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
  const format = useFormatter();
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className="block h-full rounded-xl border border-slate-200 p-3 hover:border-brand-700 aria-[current=page]:border-2 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
      >
        <span className="block text-sm font-semibold text-slate-800">{label}</span>
        <span className="block text-2xl font-bold text-brand-800 tabular-nums">
          {format.number(count)}
        </span>
        {hint ? <span className="block text-xs text-slate-600">{hint}</span> : null}
      </Link>
    </li>
  );
}
