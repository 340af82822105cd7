import { useFormatter, useTranslations } from "next-intl";
import type { Role } from "@/server/db/schema";

/** The educator's total from the ledger, big, with their role beneath. */
export function TotalPointsCard({ points, role }: { points: number; role: Role }) {
  const t = useTranslations("dashboard.totalPoints");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  return (
    <section
      aria-labelledby="points-heading"
      className="rounded-xl border border-slate-200 bg-brand-50 p-5"
    >
      <h2 id="points-heading" className="text-sm font-semibold text-slate-700">
        {t("title")}
      </h2>
      <p className="mt-2 text-5xl font-bold text-brand-800 tabular-nums" data-testid="total-points">
        {format.number(points)}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("role", {
          role: tCommon(`roles.${role}`),
          strong: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="mt-3 text-sm text-slate-700">{t("explanation")}</p>
    </section>
  );
}
