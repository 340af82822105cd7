import { useFormatter, useTranslations } from "next-intl";
import type { Formatter } from "@/ui/format/formatter";
import Link from "next/link";
import type { ReviewDetail } from "@/server/review/get-review-detail";
import { activityName } from "@/ui/activities/activity-name";
import { DataTable, type Column } from "@/ui/lists/data-table";
import { formatDateTime } from "@/ui/format/format-date-time";
import { ledgerSourceLabel } from "@/ui/dashboard/ledger-source-label";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";
import { PageSection } from "@/ui/common/page-section";

/** What the educator has done so far: points, badges, other submissions, points history. */
export function EducatorRecord({
  detail,
  badgeNames,
}: {
  detail: ReviewDetail;
  badgeNames: Record<string, string>;
}) {
  const format = useFormatter();
  const t = useTranslations("review");
  const { user, history, ledger, badges } = detail;
  return (
    <PageSection id="educator" title={t("record.title", { name: user.name })} className="mt-12">
      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-brand-50 p-4">
          <p className="text-sm font-semibold text-slate-700">{t("record.totalPoints")}</p>
          <p className="mt-1 text-3xl font-bold text-brand-800">
            {format.number(user.totalPoints)}
          </p>
        </div>
        <div className="rounded-xl border border-slate-200 p-4">
          <p className="text-sm font-semibold text-slate-700">{t("record.badges")}</p>
          {badges.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t("record.noBadges")}</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-2">
              {badges.map((code) => (
                <li
                  key={code}
                  className="rounded-full border border-brand-300 bg-white px-3 py-1 text-sm font-medium text-brand-900"
                >
                  {badgeNames[code] ?? code}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <div>
          <h3 className="text-lg font-semibold text-slate-900">{t("record.otherSubmissions")}</h3>
          {history.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("record.firstSubmission")}</p>
          ) : (
            <ul className="mt-3 flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm">
              {history.map((item) => (
                <li key={item.id} className="px-4 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link
                      href={`/admin/review/${encodeURIComponent(item.id)}`}
                      className="font-semibold text-brand-700 underline hover:text-brand-900"
                    >
                      {activityName(item.activity)}
                    </Link>
                    <SubmissionStatusPill status={item.status} />
                  </div>
                  <p className="mt-1 text-slate-600">
                    <time dateTime={item.createdAt}>{formatDateTime(format, item.createdAt)}</time>
                  </p>
                  {item.reviewNote ? (
                    <p className="mt-1 break-words whitespace-pre-wrap text-slate-800">
                      {t("detail.note")} {item.reviewNote}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>

        <div>
          <h3 className="text-lg font-semibold text-slate-900">{t("record.pointsHistory")}</h3>
          {ledger.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("record.noPoints")}</p>
          ) : (
            <DataTable
              caption={t("record.pointsHistory")}
              className="mt-3"
              density="compact"
              columns={ledgerColumns(format, t)}
              rows={ledger}
              rowKey={(entry, index) => entry.externalEventId ?? index}
            />
          )}
        </div>
      </div>
    </PageSection>
  );
}

function ledgerColumns(
  format: Formatter,
  t: ReturnType<typeof useTranslations<"review">>,
): Column<ReviewDetail["ledger"][number]>[] {
  return [
    {
      header: t("record.when"),
      className: "sm:whitespace-nowrap text-slate-700",
      cell: (entry) => (
        <time dateTime={entry.createdAt}>{formatDateTime(format, entry.createdAt)}</time>
      ),
    },
    {
      header: t("record.activity"),
      className: "text-slate-800",
      cell: (entry) => activityName(entry.activity),
    },
    {
      header: t("record.source"),
      className: "text-slate-700",
      cell: (entry) => ledgerSourceLabel(entry.source, entry.points),
    },
    {
      header: t("record.points"),
      align: "right",
      className: "font-semibold whitespace-nowrap text-slate-900 tabular-nums",
      cell: (entry) => format.number(entry.points, { signDisplay: "exceptZero" }),
    },
  ];
}
