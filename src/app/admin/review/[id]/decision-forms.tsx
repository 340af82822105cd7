"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { OVERRIDE_BAND_PERCENT, overrideBand } from "@/server/activities/points-rules";
import { dangerButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import type { Quote, ReverseFormState, ReviewFormState } from "../review-states";

/** The approve, reject and reverse forms of the review page; their state lives in ReviewActions. */

export function ApproveForm({
  state,
  action,
  quote,
  version,
}: {
  state: ReviewFormState;
  action: (formData: FormData) => void;
  quote: Quote | null;
  version: string;
}) {
  const t = useTranslations("review.forms");
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const errors = state.fieldErrors ?? {};
  // The override band of docs/product.md §4, shown so reviewers know it before they type; the
  // server checks it again.
  const { low, high } = overrideBand(quote?.points ?? 0);
  return (
    <form ref={form} action={action} noValidate aria-labelledby="approve-heading">
      <input type="hidden" name="version" value={version} />
      <h3 id="approve-heading" className="text-lg font-semibold text-slate-900">
        {t("approve")}
      </h3>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="approve-note"
          name="note"
          label={t("approveNoteLabel")}
          hint={t("approveNoteHint")}
          maxLength={1000}
          defaultValue={state.values?.note}
          error={errors.note}
        />
        {quote && quote.points > 0 ? (
          <TextField
            id="approve-points"
            name="points"
            type="number"
            inputMode="numeric"
            label={t("overrideLabel")}
            hint={t("overrideHint", {
              points: quote.points,
              low,
              high,
              percent: OVERRIDE_BAND_PERCENT,
            })}
            min={low}
            max={high}
            step={1}
            defaultValue={state.values?.points}
            error={errors.points}
            className="sm:max-w-40"
          />
        ) : null}
        <div>
          <SubmitButton pendingLabel={t("approving")}>{t("approve")}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function RejectForm({
  state,
  action,
  version,
}: {
  state: ReviewFormState;
  action: (formData: FormData) => void;
  version: string;
}) {
  const t = useTranslations("review.forms");
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  return (
    <form
      ref={form}
      action={action}
      noValidate
      aria-labelledby="reject-heading"
      className="border-t border-slate-200 pt-6"
    >
      <input type="hidden" name="version" value={version} />
      <h3 id="reject-heading" className="text-lg font-semibold text-slate-900">
        {t("reject")}
      </h3>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="reject-note"
          name="note"
          label={t("rejectNoteLabel")}
          hint={t("rejectNoteHint")}
          aria-required="true"
          maxLength={1000}
          defaultValue={state.values?.note}
          error={state.fieldErrors?.note}
        />
        <div>
          <SubmitButton pendingLabel={t("rejecting")} className={secondaryButtonClass}>
            {t("reject")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

export function ReverseForm({
  state,
  action,
}: {
  state: ReverseFormState;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("review.forms");
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const errors = state.fieldErrors ?? {};
  return (
    <form
      ref={form}
      action={action}
      noValidate
      aria-labelledby="reverse-heading"
      className="rounded-xl border border-red-200 p-4"
    >
      <h3 id="reverse-heading" className="text-lg font-semibold text-slate-900">
        {t("reverse")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t("reverseExplained")}</p>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="reverse-note"
          name="note"
          label={t("reverseNoteLabel")}
          hint={t("reverseNoteHint")}
          aria-required="true"
          maxLength={1000}
          defaultValue={state.values?.note}
          error={errors.note}
        />
        <div>
          <label className="flex items-start gap-3 text-sm text-slate-900">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? "reverse-confirm-error" : undefined}
              className="mt-0.5 size-5 shrink-0 accent-red-700"
            />
            <span>{t("reverseConfirm")}</span>
          </label>
          {errors.confirm ? (
            <p
              id="reverse-confirm-error"
              className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-800"
            >
              <span aria-hidden="true">!</span>
              {errors.confirm}
            </p>
          ) : null}
        </div>
        <div>
          <SubmitButton pendingLabel={t("reversing")} className={dangerButtonClass}>
            {t("reverse")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
