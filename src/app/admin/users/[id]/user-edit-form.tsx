"use client";

import { useActionState, useRef } from "react";
import { FormBanner } from "@/ui/forms/form-banner";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";

/** The roles the actor may pick for this user, or the current one and why it is fixed. */
export interface RoleChoice {
  options: { value: string; label: string }[];
  disabledReason?: string;
}

interface UserValues {
  role: string;
  cohort: string;
  school: string;
  handle: string;
  kajabiContactId: string;
}

export function UserEditForm({
  action: updateAction,
  saved,
  roleChoice,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: UserValues;
  roleChoice: RoleChoice;
}) {
  const [state, action] = useActionState(updateAction, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const values = { ...saved, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} noValidate className="mt-4">
      <FormBanner state={state} />
      <div className="flex flex-col gap-5">
        <SelectField
          name="role"
          label="Role"
          disabled={roleChoice.disabledReason !== undefined}
          hint={roleChoice.disabledReason}
          defaultValue={values.role}
          error={errors.role}
          options={roleChoice.options}
        />
        <TextField
          name="cohort"
          label="Cohort"
          hint="Optional."
          autoComplete="off"
          maxLength={100}
          defaultValue={values.cohort}
          error={errors.cohort}
        />
        <TextField
          name="school"
          label="School"
          hint="Optional."
          autoComplete="off"
          maxLength={200}
          defaultValue={values.school}
          error={errors.school}
        />
        <TextField
          name="handle"
          label="Handle"
          hint="3–30 characters: lower-case letters, digits, - and _."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={values.handle}
          error={errors.handle}
        />
        <TextField
          name="kajabiContactId"
          label="Kajabi contact id"
          hint="Optional. Links the user to their course-platform contact for Learn credit."
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          defaultValue={values.kajabiContactId}
          error={errors.kajabiContactId}
        />
        <div>
          <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
        </div>
      </div>
    </form>
  );
}
