import { useTranslations } from "next-intl";
import type { VerificationReport } from "@/server/credentials/verify-credential";

const TONES: Record<VerificationReport["result"], string> = {
  verified: "border-emerald-300 bg-emerald-50 text-emerald-900",
  revoked: "border-red-300 bg-red-50 text-red-900",
  invalid: "border-amber-300 bg-amber-50 text-amber-900",
};

const CHECKS = [
  "signature",
  "issuerKey",
  "status",
] as const satisfies (keyof VerificationReport["checks"])[];

/**
 * The badge page's live verification result: the report of POST /api/credentials/verify.
 * The verifier's own error texts stay as the libraries word them (technical, English).
 */
export function VerificationPanel({ report }: { report: VerificationReport }) {
  const t = useTranslations("badgePage.verification");
  return (
    <section
      aria-labelledby="verification-heading"
      data-testid="verification"
      data-result={report.result}
      className={`rounded-xl border p-4 ${TONES[report.result]}`}
    >
      <h2 id="verification-heading" className="text-lg font-semibold">
        <span aria-hidden="true">{report.verified ? "✓ " : "✗ "}</span>
        {t(`result.${report.result}`)}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {CHECKS.map((key) => (
          <li key={key}>
            {t(`checks.${key}`)}: <strong>{t(`outcomes.${report.checks[key]}`)}</strong>
          </li>
        ))}
      </ul>
      {report.errors.length > 0 ? (
        <p className="mt-2 text-sm wrap-anywhere">{report.errors.join("; ")}</p>
      ) : null}
    </section>
  );
}
