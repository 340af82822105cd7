import { useFormatter, useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { EVIDENCE_FIELDS, type EvidenceFieldSpec } from "./evidence-field-specs";
import { useEvidenceFieldText } from "./evidence-field-text";
import { valuesFromPayload } from "./evidence-payload";
import { formatDate } from "@/ui/format/format-date";

/**
 * The evidence as submitted, field by field. Everything is rendered as React text, so
 * whatever an educator typed is escaped, never interpreted as HTML; line breaks stay.
 */
export function PayloadDetails({
  activity,
  payload,
}: {
  activity: ActivityCode;
  payload: unknown;
}) {
  const values = valuesFromPayload(activity, payload);
  const text = useEvidenceFieldText(activity);
  return (
    <dl className="flex flex-col gap-4">
      {EVIDENCE_FIELDS[activity].map((spec) => (
        <div key={spec.name}>
          <dt className="text-sm font-semibold text-slate-700">{text.label(spec)}</dt>
          <dd className="mt-1 whitespace-pre-wrap text-slate-900 wrap-anywhere">
            <FieldValue spec={spec} value={values[spec.name] ?? ""} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldValue({ spec, value }: { spec: EvidenceFieldSpec; value: string }) {
  const format = useFormatter();
  const t = useTranslations("submission");
  if (value === "") return <span className="text-slate-600">{t("notGiven")}</span>;
  if (spec.kind === "date") return <>{formatDate(format, value)}</>;
  if (spec.kind === "url" && isHttps(value)) {
    return (
      <a
        href={value}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-brand-700 underline hover:text-brand-900"
      >
        {value}
      </a>
    );
  }
  return <>{value}</>;
}

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
