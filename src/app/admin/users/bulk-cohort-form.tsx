"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { initialFormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { assignCohortToSelected } from "./actions";

/**
 * Wraps the users table (its checkboxes are this form's `userIds`) with the bulk
 * "Assign cohort" control above it.
 */
export function BulkCohortForm({ cohorts, children }: { cohorts: string[]; children: ReactNode }) {
  const [state, action] = useActionState(assignCohortToSelected, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  return (
    <form ref={form} action={action} noValidate>
      <fieldset className="mb-5 rounded-xl border border-slate-200 bg-slate-50 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">
          Assign a cohort to the selected users
        </legend>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="sm:w-72">
            <TextField
              id="bulk-cohort"
              name="cohort"
              label="Cohort"
              hint="Leave blank to remove their cohort."
              list="cohort-options"
              autoComplete="off"
              maxLength={100}
              defaultValue={state.values?.cohort}
              error={state.fieldErrors?.cohort}
            />
            <datalist id="cohort-options">
              {cohorts.map((cohort) => (
                <option key={cohort} value={cohort} />
              ))}
            </datalist>
          </div>
          <SubmitButton pendingLabel="Assigning…" className={secondaryButtonClass}>
            Assign cohort
          </SubmitButton>
        </div>
      </fieldset>
      <FormBanner state={state} />
      <div className="flex flex-col gap-4">{children}</div>
    </form>
  );
}
