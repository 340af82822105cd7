import Link from "next/link";
import type { ReviewDetail } from "@/server/review/get-review-detail";
import { activityName } from "@/ui/activities/activity-name";
import { formatDateTime } from "@/ui/format/format-date-time";
import { ledgerSourceLabel } from "@/ui/dashboard/ledger-source-label";
import { SubmissionStatusPill } from "@/ui/evidence/status-pill";

/** What the educator has done so far: points, badges, other submissions, points history. */
export function EducatorRecord({
  detail,
  badgeNames,
}: {
  detail: ReviewDetail;
  badgeNames: Record<string, string>;
}) {
  const { user, history, ledger, badges } = detail;
  return (
    <section aria-labelledby="educator-heading" className="mt-12">
      <h2 id="educator-heading" className="text-xl font-bold tracking-tight text-slate-900">
        {user.name}’s record
      </h2>
      <div className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-brand-50 p-4">
          <p className="text-sm font-semibold text-slate-700">Total points</p>
          <p className="mt-1 text-3xl font-bold text-brand-800">
            {user.totalPoints.toLocaleString("en")}
          </p>
        </div>
        <div className="rounded-xl border border-slate-200 p-4">
          <p className="text-sm font-semibold text-slate-700">Badges</p>
          {badges.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">None yet.</p>
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
          <h3 className="text-lg font-semibold text-slate-900">Other submissions</h3>
          {history.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">This is their first submission.</p>
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
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                  </p>
                  {item.reviewNote ? (
                    <p className="mt-1 break-words whitespace-pre-wrap text-slate-800">
                      Note: {item.reviewNote}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>

        <div>
          <h3 className="text-lg font-semibold text-slate-900">Points history</h3>
          {ledger.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No points yet.</p>
          ) : (
            <div
              className="mt-3 overflow-x-auto rounded-xl border border-slate-200"
              tabIndex={0}
              role="region"
              aria-label="Points history"
            >
              <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      When
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Activity
                    </th>
                    <th scope="col" className="px-4 py-2 font-semibold">
                      Source
                    </th>
                    <th scope="col" className="px-4 py-2 text-right font-semibold">
                      Points
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {ledger.map((entry, index) => (
                    <tr key={entry.externalEventId ?? index}>
                      <td className="px-4 py-2 whitespace-nowrap text-slate-700">
                        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                      </td>
                      <td className="px-4 py-2 text-slate-800">{activityName(entry.activity)}</td>
                      <td className="px-4 py-2 text-slate-700">
                        {ledgerSourceLabel(entry.source, entry.points)}
                      </td>
                      <td className="px-4 py-2 text-right font-semibold whitespace-nowrap text-slate-900 tabular-nums">
                        {entry.points > 0 ? `+${entry.points}` : entry.points}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
