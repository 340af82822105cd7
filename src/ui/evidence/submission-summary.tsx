import Image from "next/image";
import type { SubmissionSummary } from "@/server/submissions/describe-submissions";
import { formatDate } from "@/ui/format/format-date";
import type { Formatter } from "@/ui/format/formatter";
import { fileUrl } from "./file-url";

const WORK_DATE_LABELS: Record<string, string> = {
  LEARN: "Completed",
  EXPLORE: "Class on",
  AMPLIFY: "Session on",
};

/** "Class on 3 Mar 2026", or null when the activity has no date of its own. */
export function workDateLabel(
  format: Formatter,
  activity: string,
  workDate: string | null,
): string | null {
  if (!workDate) return null;
  return `${WORK_DATE_LABELS[activity] ?? "Dated"} ${formatDate(format, workDate)}`;
}

/** "50 points earned", "Would earn 20 points", or null when there are none to speak of. */
export function summaryPointsLabel(points: SubmissionSummary["points"]): string | null {
  if (!points) return null;
  const amount = `${points.value.toLocaleString("en")} ${points.value === 1 ? "point" : "points"}`;
  if (points.kind === "earned") return `${amount} earned`;
  return points.value === 0 ? "No points on approval" : `Would earn ${amount}`;
}

/**
 * A small preview of the submission's first image, decorative (the title names the
 * submission). /api/files checks the reader and the image optimizer would fetch without
 * the reader's session, so it loads unoptimized.
 */
export function SubmissionThumbnail({ fileKey }: { fileKey: string | null }) {
  if (!fileKey) return null;
  return (
    <Image
      src={fileUrl(fileKey)}
      alt=""
      width={56}
      height={56}
      unoptimized
      className="h-10 w-10 shrink-0 rounded-md sm:h-14 sm:w-14 border border-slate-200 bg-slate-100 object-cover"
    />
  );
}
