import { useTranslations } from "next-intl";
import type { Role } from "@/server/db/schema";

/** The educator's total from the ledger, big, with their role beneath. */
export function TotalPointsCard({ points, role }: { points: number; role: Role }) {
  const tCommon = useTranslations("common");
  return (
    <section
      aria-labelledby="points-heading"
      className="rounded-xl border border-slate-200 bg-brand-50 p-5"
    >
      <h2 id="points-heading" className="text-sm font-semibold text-slate-700">
        Total points
      </h2>
      <p className="mt-2 text-5xl font-bold text-brand-800 tabular-nums" data-testid="total-points">
        {points.toLocaleString("en")}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Role: <span className="font-semibold">{tCommon(`roles.${role}`)}</span>
      </p>
      <p className="mt-3 text-sm text-slate-700">
        Counted straight from your points ledger: approved evidence, Kajabi courses and any
        adjustments.
      </p>
    </section>
  );
}
