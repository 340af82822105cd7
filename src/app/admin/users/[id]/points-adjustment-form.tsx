"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import type { AdjustmentState } from "./user-actions";

/** Add or take away points by hand; the reason is kept with the ledger row and in the audit. */
export function PointsAdjustmentForm({
  action,
  activities,
  badgeNames,
}: {
  action: (previous: AdjustmentState, formData: FormData) => Promise<AdjustmentState>;
  activities: { value: string; label: string }[];
  badgeNames: Record<string, string>;
}) {
  const banner = (state: AdjustmentState) => {
    const awarded = state.badgesAwarded?.map((code) => badgeNames[code] ?? code) ?? [];
    return state.status === "success" && awarded.length > 0
      ? { ...state, message: `${state.message} Badge awarded: ${awarded.join(", ")}.` }
      : state;
  };
  return (
    <ActionForm action={action} banner={banner} className="mt-4">
      {({ values, errors }) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              id="adjust-activity"
              name="activity"
              label="Activity"
              hint="The activity whose points change."
              defaultValue={values.activity ?? activities[0]?.value}
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
              defaultValue={values.points}
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
            defaultValue={values.reason}
            error={errors.reason}
          />
          <div>
            <SubmitButton pendingLabel="Adding…">Add adjustment</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
