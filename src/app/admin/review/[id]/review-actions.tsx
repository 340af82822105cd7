"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { AMPLIFY_WINDOW_DAYS } from "@/server/activities/amplify-rules";
import type { Quote, ReverseFormState, ReviewFormState, ReviewOutcome } from "../review-states";
import { ApproveForm, RejectForm, ReverseForm } from "./decision-forms";

type Action<S> = (previous: S, formData: FormData) => Promise<S>;

/** The figures a cap explains itself with (Amplify's clamp), each with its label's key. */
const CLAMP_KEYS = [
  "requestedPoints",
  "creditedPeers",
  "creditedStudents",
  "windowPeersUsed",
  "windowStudentsUsed",
] as const;

const isClampKey = (key: string): key is (typeof CLAMP_KEYS)[number] =>
  (CLAMP_KEYS as readonly string[]).includes(key);

/**
 * The decision panel of the review page. It stays mounted while the page refreshes
 * after an action, so the result of what was just done (points, badges) stays on screen
 * even though the submission is no longer pending.
 */
export function ReviewActions({
  status,
  ownSubmission,
  quote,
  version,
  canReverse,
  educatorName,
  badgeNames,
  nextPendingHref,
  outcome,
  approve,
  reject,
  reverse,
}: {
  status: "PENDING" | "APPROVED" | "REJECTED";
  ownSubmission: boolean;
  quote: Quote | null;
  /** The version shown, sent with approve/reject (docs/product.md §4). */
  version: string;
  canReverse: boolean;
  educatorName: string;
  badgeNames: Record<string, string>;
  nextPendingHref: string | null;
  /** How an earlier review went (server-rendered), for submissions already reviewed. */
  outcome: ReactNode;
  approve: Action<ReviewFormState>;
  reject: Action<ReviewFormState>;
  reverse: Action<ReverseFormState>;
}) {
  const t = useTranslations("review.forms");
  const [approveState, approveAction] = useActionState(approve, { status: "idle" });
  const [rejectState, rejectAction] = useActionState(reject, { status: "idle" });
  const [reverseState, reverseAction] = useActionState(reverse, { status: "idle" });
  const reviewed = approveState.outcome ?? rejectState.outcome;
  const reversed = reverseState.status === "success";

  return (
    <div className="flex flex-col gap-6">
      {reversed ? (
        <ResultPanel title={t("reversedTitle")} nextPendingHref={nextPendingHref}>
          <p>
            {reverseState.pointsReversed
              ? t("takenBackFrom", { points: reverseState.pointsReversed, name: educatorName })
              : t("noneTakenBack")}{" "}
            {t("nowRejected")}
          </p>
        </ResultPanel>
      ) : reviewed ? (
        <ReviewResult
          outcome={reviewed}
          educatorName={educatorName}
          badgeNames={badgeNames}
          nextPendingHref={nextPendingHref}
        />
      ) : null}

      {ownSubmission ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
          {t("ownSubmission")}
        </p>
      ) : null}

      {!reviewed && !ownSubmission && status === "PENDING" ? (
        <>
          {quote ? <CreditQuote quote={quote} /> : null}
          <ApproveForm
            state={approveState}
            action={approveAction}
            quote={quote}
            version={version}
          />
          <RejectForm state={rejectState} action={rejectAction} version={version} />
        </>
      ) : null}

      {status !== "PENDING" && (!reviewed || reversed) ? outcome : null}

      {canReverse && !reversed ? <ReverseForm state={reverseState} action={reverseAction} /> : null}
    </div>
  );
}

function CreditQuote({ quote }: { quote: Quote }) {
  const t = useTranslations("review.forms");
  return (
    <div className="rounded-xl border border-slate-200 bg-brand-50 p-4">
      <p className="text-sm font-semibold text-slate-700">{t("approvingCredits")}</p>
      <p className="mt-1 text-3xl font-bold text-brand-800" data-testid="computed-points">
        {t("points", { points: quote.points })}
      </p>
      <p className="mt-1 text-sm text-slate-800">{quote.explanation}</p>
      {quote.clamp ? (
        <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-semibold">{t("reducedByCap")}</p>
          <p className="mt-1">{t("capExplained")}</p>
          <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1">
            {Object.entries(quote.clamp).map(([key, value]) => (
              <div key={key} className="contents">
                <dt>{isClampKey(key) ? t(`clamp.${key}`, { days: AMPLIFY_WINDOW_DAYS }) : key}</dt>
                <dd className="text-right font-semibold tabular-nums">{String(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}

function ReviewResult({
  outcome,
  educatorName,
  badgeNames,
  nextPendingHref,
}: {
  outcome: ReviewOutcome;
  educatorName: string;
  badgeNames: Record<string, string>;
  nextPendingHref: string | null;
}) {
  const t = useTranslations("review.forms");
  const approved = outcome.status === "APPROVED";
  return (
    <ResultPanel
      title={approved ? t("approvedTitle") : t("rejectedTitle")}
      nextPendingHref={nextPendingHref}
    >
      {approved ? (
        <>
          <p data-testid="points-credited">
            {t("creditedTo", { points: outcome.pointsCredited, name: educatorName })}
          </p>
          {outcome.pointsCredited !== outcome.computedPoints ? (
            <p>{t("overrideReplaced", { points: outcome.computedPoints })}</p>
          ) : null}
          <p className="text-slate-700">{outcome.explanation}</p>
        </>
      ) : (
        <p>{t("rejectedBody")}</p>
      )}
      {outcome.badgesAwarded.length > 0 ? (
        <p>
          {t.rich("badgesAwarded", {
            count: outcome.badgesAwarded.length,
            names: outcome.badgesAwarded.map((code) => badgeNames[code] ?? code).join(", "),
            b: (chunks) => <span className="font-semibold">{chunks}</span>,
          })}
        </p>
      ) : approved ? (
        <p className="text-slate-700">{t("noNewBadges")}</p>
      ) : null}
    </ResultPanel>
  );
}

/** The "done" panel; focus moves to it so keyboard and screen-reader users hear the result. */
function ResultPanel({
  title,
  nextPendingHref,
  children,
}: {
  title: string;
  nextPendingHref: string | null;
  children: ReactNode;
}) {
  const t = useTranslations("review.forms");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="result-heading"
      className="rounded-xl border border-green-300 bg-green-50 p-4 text-green-950"
    >
      <h3
        id="result-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-bold outline-none"
      >
        {title}
      </h3>
      <div className="mt-2 flex flex-col gap-1 text-sm">{children}</div>
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {nextPendingHref ? (
          <Link
            href={nextPendingHref}
            className="font-semibold text-brand-800 underline hover:text-brand-900"
          >
            {t("nextPending")}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
        <Link
          href="/admin/review"
          className="font-semibold text-brand-800 underline hover:text-brand-900"
        >
          {t("backToQueue")}
        </Link>
      </p>
    </section>
  );
}
