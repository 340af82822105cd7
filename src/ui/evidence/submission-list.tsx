import Link from "next/link";
import type { SubmissionDto } from "@/server/submissions/submission-dto";
import { activityName } from "@/ui/activities/activity-name";
import { formatDate } from "@/ui/format/format-date";
import { SubmissionStatusPill } from "./status-pill";

/**
 * The educator's submissions, newest first: activity (a link to the submission), status,
 * date, visibility and the reviewer's note once there is one.
 */
export function SubmissionList({ submissions }: { submissions: SubmissionDto[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {submissions.map((submission) => (
        <li key={submission.id} className="p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link
              href={`/dashboard/submissions/${encodeURIComponent(submission.id)}`}
              className="font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {activityName(submission.activity)} evidence
              <span className="sr-only">, submitted {formatDate(submission.createdAt)}</span>
            </Link>
            <SubmissionStatusPill status={submission.status} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            Submitted {formatDate(submission.createdAt)} ·{" "}
            {submission.visibility === "PUBLIC" ? "Public" : "Private"}
          </p>
          {submission.reviewNote ? (
            <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800 wrap-anywhere">
              <span className="font-semibold">Reviewer’s note: </span>
              {submission.reviewNote}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
