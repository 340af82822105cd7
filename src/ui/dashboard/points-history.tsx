import { useFormatter, useTranslations } from "next-intl";
import type { Dashboard } from "@/server/dashboard/get-dashboard";
import { activityName } from "@/ui/activities/activity-name";
import { formatDate } from "@/ui/format/format-date";
import { ledgerSourceLabel } from "./ledger-source-label";

/**
 * Every change to the educator's points, newest first: the signed amount, activity,
 * source, date and the note the ledger keeps (an explanation, a reason). A list rather
 * than a table, so it reads on a phone without sideways scrolling.
 */
export function PointsHistory({ history }: { history: Dashboard["history"] }) {
  const format = useFormatter();
  const t = useTranslations("dashboard.history");
  return (
    <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {history.map((entry) => (
        <li key={entry.id} className="flex gap-4 p-4">
          <p
            className={`w-16 shrink-0 text-right text-lg font-bold tabular-nums ${entry.points < 0 ? "text-red-800" : "text-brand-800"}`}
          >
            {signed(format.number(Math.abs(entry.points)), entry.points)}
            <span className="sr-only"> {t("pointsWord", { count: Math.abs(entry.points) })}</span>
          </p>
          <div className="min-w-0">
            <p className="font-semibold text-slate-900">
              {activityName(entry.activity)}
              <span className="font-normal text-slate-700">
                {" "}
                · {ledgerSourceLabel(entry.source, entry.points)}
              </span>
            </p>
            <p className="text-sm text-slate-600">{formatDate(format, entry.createdAt)}</p>
            {entry.note ? (
              <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700 wrap-anywhere">
                {entry.note}
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "+10", "−5", "0": the sign always shown, with a true minus sign. */
function signed(amount: string, points: number): string {
  if (points > 0) return `+${amount}`;
  if (points < 0) return `−${amount}`;
  return amount;
}
