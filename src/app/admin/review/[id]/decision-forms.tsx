"use client";

import { useRef } from "react";
import { overrideBand, overrideBandWording } from "@/server/activities/points-rules";
import { dangerButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { pointsLabel } from "../points-label";
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
        Approve
      </h3>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="approve-note"
          name="note"
          label="Note to the educator (optional)"
          hint="Needed when you change the points."
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
            label="Points override (optional)"
            hint={`Leave blank to credit ${pointsLabel(quote.points)}. Allowed: ${low}–${high} (${overrideBandWording(quote.points)}); an override needs a note.`}
            min={low}
            max={high}
            step={1}
            defaultValue={state.values?.points}
            error={errors.points}
            className="sm:max-w-40"
          />
        ) : null}
        <div>
          <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
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
        Reject
      </h3>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="reject-note"
          name="note"
          label="Reason for the educator"
          hint="Required. Say what is missing so they can submit again."
          aria-required="true"
          maxLength={1000}
          defaultValue={state.values?.note}
          error={state.fieldErrors?.note}
        />
        <div>
          <SubmitButton pendingLabel="Rejecting…" className={secondaryButtonClass}>
            Reject
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
        Reverse approval
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        Marks the submission rejected and takes back the points it credited with a compensating
        ledger entry. Badges already earned stay; revoke them on the user’s page if needed.
      </p>
      <div className="mt-3">
        <FormBanner state={state} />
      </div>
      <div className="flex flex-col gap-4">
        <NoteField
          id="reverse-note"
          name="note"
          label="Reason for reversing"
          hint="Required. The educator sees it as the review note."
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
            <span>Yes, reverse this approval and take its points back.</span>
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
          <SubmitButton pendingLabel="Reversing…" className={dangerButtonClass}>
            Reverse approval
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
