"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useActionForm } from "@/ui/forms/action-form";
import { FieldsetPanel } from "@/ui/forms/fieldset-panel";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { CohortField } from "@/ui/forms/profile-fields";
import { SubmitButton } from "@/ui/forms/submit-button";
import { assignCohortToSelected } from "./actions";
import { BulkRoleControls } from "./bulk-role-controls";

/**
 * Wraps the users table (its checkboxes are this form's `userIds`) with the bulk
 * "Assign cohort" and "Change role" controls above it.
 */
export function BulkCohortForm({ cohorts, children }: { cohorts: string[]; children: ReactNode }) {
  const t = useTranslations("users.forms");
  const { state, action, ref, values, errors } = useActionForm(assignCohortToSelected);
  return (
    <form ref={ref} action={action} noValidate>
      <FieldsetPanel legend={t("cohortLegend")}>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="sm:w-72">
            <CohortField
              id="bulk-cohort"
              hint={t("cohortHint")}
              list="cohort-options"
              defaultValue={values.cohort}
              error={errors.cohort}
            />
            <datalist id="cohort-options">
              {cohorts.map((cohort) => (
                <option key={cohort} value={cohort} />
              ))}
            </datalist>
          </div>
          <SubmitButton pendingLabel={t("assigning")} className={secondaryButtonClass}>
            {t("assignCohort")}
          </SubmitButton>
        </div>
      </FieldsetPanel>
      <BulkRoleControls />
      <FormBanner state={state} />
      <div className="flex flex-col gap-4">{children}</div>
    </form>
  );
}
