"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/form-field";
import type { FormState } from "@/server/forms/form-state";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";

/**
 * One activity's editable settings; the code is bound into the action by the page, which
 * also hands over the words, already in the reader's language.
 */
export function ActivityForm({
  code,
  action,
  saved,
  labels,
  pointsHint,
  pointsLocked,
}: {
  code: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: { defaultPoints: string; description: string };
  labels: {
    points: string;
    description: string;
    descriptionHint: string;
    save: string;
    saving: string;
  };
  pointsHint: string;
  pointsLocked: boolean;
}) {
  const id = (name: string) => `activity-${code.toLowerCase()}-${name}`;
  return (
    <ActionForm action={action} saved={saved} className="mt-4">
      {({ values, errors }) => (
        <>
          <TextField
            id={id("points")}
            name="defaultPoints"
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            step={1}
            label={labels.points}
            hint={pointsHint}
            readOnly={pointsLocked}
            className="sm:w-40"
            defaultValue={values.defaultPoints}
            error={errors.defaultPoints}
          />
          <NoteField
            id={id("description")}
            name="description"
            label={labels.description}
            hint={labels.descriptionHint}
            rows={3}
            maxLength={1000}
            defaultValue={values.description}
            error={errors.description}
          />
          <div>
            <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
