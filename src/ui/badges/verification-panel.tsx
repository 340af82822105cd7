import type { VerificationReport } from "@/server/credentials/verify-credential";

const LABELS: Record<VerificationReport["result"], { title: string; tone: string }> = {
  verified: { title: "Verified", tone: "border-emerald-300 bg-emerald-50 text-emerald-900" },
  revoked: { title: "Revoked", tone: "border-red-300 bg-red-50 text-red-900" },
  invalid: { title: "Not verified", tone: "border-amber-300 bg-amber-50 text-amber-900" },
};

const CHECKS: [keyof VerificationReport["checks"], string][] = [
  ["signature", "Signature (eddsa-rdfc-2022)"],
  ["issuerKey", "Issuer key published"],
  ["status", "Not revoked (status list)"],
];

/** The badge page's live verification result: the report of POST /api/credentials/verify. */
export function VerificationPanel({ report }: { report: VerificationReport }) {
  const label = LABELS[report.result];
  return (
    <section
      aria-labelledby="verification-heading"
      data-testid="verification"
      data-result={report.result}
      className={`rounded-xl border p-4 ${label.tone}`}
    >
      <h2 id="verification-heading" className="text-lg font-semibold">
        <span aria-hidden="true">{report.verified ? "✓ " : "✗ "}</span>
        {label.title}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {CHECKS.map(([key, text]) => (
          <li key={key}>
            {text}: <strong>{report.checks[key]}</strong>
          </li>
        ))}
      </ul>
      {report.errors.length > 0 ? (
        <p className="mt-2 text-sm wrap-anywhere">{report.errors.join("; ")}</p>
      ) : null}
    </section>
  );
}
