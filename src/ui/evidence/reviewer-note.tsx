import { useTranslations } from "next-intl";
import type { SubmissionStatus } from "@/server/db/schema";

/** What the reviewer wrote with their decision, quoted as they wrote it (plain text). */
export function ReviewerNote({ status, note }: { status: SubmissionStatus; note: string }) {
  const t = useTranslations("submission");
  const rejected = status === "REJECTED";
  return (
    <figure
      className={`mt-4 max-w-2xl rounded-lg border-l-4 px-4 py-3 ${rejected ? "border-red-700 bg-red-50" : "border-brand-700 bg-brand-50"}`}
    >
      <figcaption className="text-sm font-semibold text-slate-900">{t("reviewerNote")}</figcaption>
      <blockquote className="mt-1 whitespace-pre-wrap text-slate-900 wrap-anywhere">
        {note}
      </blockquote>
    </figure>
  );
}
