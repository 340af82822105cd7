import { useTranslations } from "next-intl";
import type { SubmissionStatus } from "@/server/db/schema";

const TONES = {
  amber: "border-amber-300 bg-amber-50 text-amber-900",
  green: "border-green-300 bg-green-50 text-green-900",
  red: "border-red-300 bg-red-50 text-red-900",
  slate: "border-slate-300 bg-slate-50 text-slate-800",
  blue: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

export type StatusTone = keyof typeof TONES;

const SUBMISSION_TONES: Record<string, StatusTone> = {
  PENDING: "amber",
  APPROVED: "green",
  REJECTED: "red",
};

const KAJABI_TONES: Record<string, StatusTone> = {
  credited: "green",
  unmatched: "amber",
  capped: "blue",
  duplicate: "slate",
  ignored: "slate",
};

/** A short status word in a tinted pill; the word itself carries the meaning, not the colour. */
function StatusPill({ label, tone }: { label: string; tone: StatusTone }) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${TONES[tone]}`}
    >
      {label}
    </span>
  );
}

/** PENDING / APPROVED / REJECTED as a pill reading "Pending", "Approved", "Rejected". */
export function SubmissionStatusPill({ status }: { status: string }) {
  const t = useTranslations("submission");
  return (
    <StatusPill
      label={isSubmissionStatus(status) ? t(`status.${status}`) : status}
      tone={SUBMISSION_TONES[status] ?? "slate"}
    />
  );
}

function isSubmissionStatus(status: string): status is SubmissionStatus {
  return status in SUBMISSION_TONES;
}

/** A Kajabi event outcome (credited, unmatched…) as a pill. */
export function KajabiStatusPill({ status }: { status: string }) {
  return (
    <StatusPill
      label={status.charAt(0).toUpperCase() + status.slice(1)}
      tone={KAJABI_TONES[status] ?? "slate"}
    />
  );
}
