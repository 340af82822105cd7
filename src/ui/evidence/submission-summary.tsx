import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { SubmissionSummary } from "@/server/submissions/describe-submissions";
import { formatDate } from "@/ui/format/format-date";
import type { Formatter } from "@/ui/format/formatter";
import { fileUrl } from "./file-url";

const DATED_ACTIVITIES = ["LEARN", "EXPLORE", "AMPLIFY"] as const;

/**
 * "Class on 3 Mar 2026", or null when the activity has no date of its own. Elements
 * rather than strings, so any page can place them without a translator of its own.
 * (`_format` is kept for the callers; the element formats with the reader's formatter.)
 */
export function workDateLabel(
  _format: Formatter,
  activity: string,
  workDate: string | null,
): ReactNode {
  if (!workDate) return null;
  return <WorkDate activity={activity} workDate={workDate} />;
}

function WorkDate({ activity, workDate }: { activity: string; workDate: string }) {
  const t = useTranslations("submission.summary.workDate");
  const format = useFormatter();
  const date = formatDate(format, workDate);
  const dated = DATED_ACTIVITIES.find((code) => code === activity);
  return dated ? t(dated, { date }) : t("other", { date });
}

/** "50 points earned", "Would earn 20 points", or null when there are none to speak of. */
export function summaryPointsLabel(points: SubmissionSummary["points"]): ReactNode {
  if (!points) return null;
  return <SummaryPoints points={points} />;
}

function SummaryPoints({ points }: { points: NonNullable<SubmissionSummary["points"]> }) {
  const t = useTranslations("submission.summary");
  if (points.kind === "earned") return t("earned", { points: points.value });
  return points.value === 0 ? t("noPoints") : t("wouldEarn", { points: points.value });
}

/**
 * A small preview of the submission's first image, decorative (the title names the
 * submission). /api/files checks the reader and the image optimizer would fetch without
 * the reader's session, so it loads unoptimized.
 */
export function SubmissionThumbnail({ fileKey }: { fileKey: string | null }) {
  if (!fileKey) return null;
  return (
    <img
      src={fileUrl(fileKey)}
      alt=""
      width={56}
      height={56}
      loading="lazy"
      decoding="async"
      className="h-10 w-10 shrink-0 rounded-md sm:h-14 sm:w-14 border border-slate-200 bg-slate-100 object-cover"
    />
  );
}
