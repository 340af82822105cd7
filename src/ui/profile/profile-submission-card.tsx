import { useFormatter, useTranslations } from "next-intl";
import type { Messages } from "@/i18n/messages";
import { isActivityCode } from "@/server/activities/activity-canon";
import type { PublicProfile } from "@/server/profiles/get-public-profile";
import { activityName } from "@/ui/activities/activity-name";
import { EVIDENCE_FIELDS, type EvidenceFieldSpec } from "@/ui/evidence/evidence-field-specs";
import { valuesFromPayload } from "@/ui/evidence/evidence-payload";
import { useEvidenceFieldText } from "@/ui/evidence/evidence-field-text";
import { fileUrl } from "@/ui/evidence/file-url";
import { formatDate } from "@/ui/format/format-date";

type PublicSubmission = PublicProfile["submissions"][number];

/**
 * One approved public submission on a profile. Everything the educator typed is React
 * text, so it is escaped, never HTML; links open with rel="noopener noreferrer nofollow"
 * (we vouch for nothing an educator links to). Empty optional fields are left out.
 */
export function ProfileSubmissionCard({ submission }: { submission: PublicSubmission }) {
  const format = useFormatter();
  const t = useTranslations("profile");
  const headingId = `submission-${submission.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {activityName(submission.activity)}
        </h3>
        <p className="text-sm text-slate-600">
          {t.rich("approved", {
            date: formatDate(format, submission.approvedAt),
            time: (chunks) => <time dateTime={submission.approvedAt}>{chunks}</time>,
          })}
        </p>
      </header>
      <EvidenceFields activity={submission.activity} payload={submission.payload} />
      {submission.attachments.length > 0 ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {submission.attachments.map((file) => (
            <li key={file.key}>
              <Attachment file={file} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function EvidenceFields({ activity, payload }: { activity: string; payload: unknown }) {
  const text = useEvidenceFieldText(isActivityCode(activity) ? activity : "LEARN");
  const t = useTranslations("profile");
  if (!isActivityCode(activity)) return null;
  const values = valuesFromPayload(activity, payload);
  const shown = EVIDENCE_FIELDS[activity].filter((spec) => (values[spec.name] ?? "") !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="mt-3 flex flex-col gap-3">
      {shown.map((spec) => (
        <div key={spec.name}>
          <dt className="text-sm font-semibold text-slate-700">{fieldLabel(t, spec, text)}</dt>
          <dd className="mt-0.5 whitespace-pre-wrap text-slate-900 wrap-anywhere">
            <FieldValue spec={spec} value={values[spec.name] ?? ""} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A field's label for a visitor, in their language: the form asks the educator in the
 * second person ("Link to your LinkedIn post"), a visitor reads a plain label ("LinkedIn
 * post"). A field this catalogue does not know yet keeps the form's label.
 */
/** The public wording of a field where the profile has its own, else the form's label. */
function fieldLabel(
  t: ReturnType<typeof useTranslations<"profile">>,
  spec: EvidenceFieldSpec,
  text: ReturnType<typeof useEvidenceFieldText>,
) {
  const key = `fields.${spec.name}` as `fields.${keyof Messages["profile"]["fields"]}`;
  return t.has(key) ? t(key) : text.label(spec);
}

function FieldValue({ spec, value }: { spec: EvidenceFieldSpec; value: string }) {
  const format = useFormatter();
  const t = useTranslations("profile");
  if (spec.kind === "date") return <>{formatDate(format, value)}</>;
  if (spec.kind === "url" && value.startsWith("https://")) {
    return (
      <a
        href={value}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-brand-700 underline hover:text-brand-900"
      >
        {value}
        <span className="sr-only">{t("opensInNewTab")}</span>
      </a>
    );
  }
  return <>{value}</>;
}

/**
 * An attached file: images (by the type the server detected from the content) are
 * shown, anything else is a link. Files of approved public submissions are readable by
 * anyone at /api/files/<key>.
 */
function Attachment({ file }: { file: PublicSubmission["attachments"][number] }) {
  const t = useTranslations("profile");
  if (file.type.startsWith("image/")) {
    return (
      <img
        src={fileUrl(file.key)}
        alt={t("evidenceImage", { name: file.name })}
        width={480}
        height={320}
        loading="lazy"
        decoding="async"
        className="h-48 w-full rounded-md border border-slate-200 bg-slate-100 object-contain"
      />
    );
  }
  return (
    <a
      href={fileUrl(file.key)}
      target="_blank"
      rel="noopener noreferrer"
      className="font-semibold wrap-anywhere text-brand-700 underline hover:text-brand-900"
    >
      {file.name}
      <span className="sr-only">{t("opensInNewTab")}</span>
    </a>
  );
}
