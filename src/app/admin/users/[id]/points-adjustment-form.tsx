"use client";

import { useActionState, useRef } from "react";
import { FormBanner } from "@/ui/forms/form-banner";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import type { AdjustmentState } from "./user-actions";

/** Add or take away points by hand; the reason is kept with the ledger row and in the audit. */
export function PointsAdjustmentForm({
  action: adjustAction,
  activities,
  badgeNames,
}: {
  action: (previous: AdjustmentState, formData: FormData) => Promise<AdjustmentState>;
  activities: { value: string; label: string }[];
  badgeNames: Record<string, string>;
}) {
  const [state, action] = useActionState(adjustAction, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const errors = state.fieldErrors ?? {};
  const awarded = state.badgesAwarded?.map((code) => badgeNames[code] ?? code) ?? [];
  const banner =
    state.status === "success" && awarded.length > 0
      ? { ...state, message: `${state.message} Badge awarded: ${awarded.join(", ")}.` }
      : state;
  return (
    <form ref={form} action={action} noValidate className="mt-4">
      <FormBanner state={banner} />
      <div className="flex flex-col gap-5">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            // React sets a select's default only when it mounts; remount it after each run
            // so the form's reset keeps the activity that was sent.
            key={state.values?.activity}
            id="adjust-activity"
            name="activity"
            label="Activity"
            hint="The activity whose points change."
            defaultValue={state.values?.activity ?? activities[0]?.value}
            error={errors.activity}
            options={activities}
          />
          <TextField
            id="adjust-points"
            name="points"
            type="number"
            inputMode="numeric"
            step={1}
            label="Points"
            hint="A negative number takes points away."
            defaultValue={state.values?.points}
            error={errors.points}
          />
        </div>
        <NoteField
          id="adjust-reason"
          name="reason"
          label="Reason"
          hint="Required. Kept with the ledger entry and in the audit log."
          aria-required="true"
          maxLength={500}
          defaultValue={state.values?.reason}
          error={errors.reason}
        />
        <div>
          <SubmitButton pendingLabel="Adding…">Add adjustment</SubmitButton>
        </div>
      </div>
    </form>
  );
}
