"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SEEDED_DEFAULT_POINTS } from "@/server/activities/points-rules";
import type { ActivityCode } from "@/server/activities/activity-canon";
import type { EvidenceValues } from "./evidence-payload";
import type { PointsQuote, PreviewPoints } from "./points-quote";
import { usePointsRule } from "./points-rule";

const DEBOUNCE_MS = 400;

/**
 * "This would earn N points", recomputed by the server's own rules a moment after the
 * evidence stops changing, once it is valid. Answers are matched to the values they
 * were asked for, so a slow, stale answer never replaces a newer one.
 */
export function PointsPreview({
  activity,
  values,
  ready,
  preview,
}: {
  activity: ActivityCode;
  values: EvidenceValues;
  /** The evidence passes its schema; before that there is nothing to price. */
  ready: boolean;
  preview: PreviewPoints;
}) {
  const t = useTranslations("evidence.preview");
  const pointsRule = usePointsRule();
  const asked = JSON.stringify(values);
  const [answer, setAnswer] = useState<{ for: string; quote: PointsQuote | null }>();

  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      preview(activity, JSON.parse(asked) as EvidenceValues).then(
        (quote) => setAnswer({ for: asked, quote }),
        () => setAnswer({ for: asked, quote: null }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [activity, asked, ready, preview]);

  const current = ready && answer?.for === asked ? answer : undefined;
  const loading = ready && !current;
  return (
    <section
      aria-labelledby="points-preview-heading"
      className="rounded-xl border border-brand-200 bg-brand-50 p-5"
    >
      <h2 id="points-preview-heading" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {pointsRule(activity, SEEDED_DEFAULT_POINTS[activity])}
      </p>
      <div aria-live="polite" aria-busy={loading} className="mt-4" data-testid="points-preview">
        {!ready ? (
          <p className="text-sm text-slate-700">{t("incomplete")}</p>
        ) : loading ? (
          <p className="text-sm text-slate-700">{t("working")}</p>
        ) : current?.quote ? (
          <QuoteText quote={current.quote} />
        ) : (
          <p className="text-sm text-slate-700">{t("unavailable")}</p>
        )}
      </div>
    </section>
  );
}

function QuoteText({ quote }: { quote: PointsQuote }) {
  const t = useTranslations("evidence.preview");
  if (quote.refused) {
    return (
      <p className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
        <span className="font-semibold">{t("refused")} </span>
        {quote.explanation}
      </p>
    );
  }
  return (
    <>
      <p className="text-lg font-bold text-brand-900">{t("wouldEarn", { points: quote.points })}</p>
      <p
        className={
          quote.limited
            ? "mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950"
            : "mt-1 text-sm text-slate-700"
        }
      >
        {quote.limited ? <span className="font-semibold">{t("capped")} </span> : null}
        {quote.explanation}
      </p>
      <p className="mt-2 text-xs text-slate-600">{t("onApproval")}</p>
    </>
  );
}
