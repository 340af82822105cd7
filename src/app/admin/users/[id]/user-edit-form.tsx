"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/ui/forms/action-form";
import { SelectField } from "@/ui/forms/form-field";
import type { FormState } from "@/server/forms/form-state";
import {
  CohortField,
  HandleField,
  KajabiContactIdField,
  SchoolField,
} from "@/ui/forms/profile-fields";
import { SubmitButton } from "@/ui/forms/submit-button";

/** The roles the actor may pick for this user, or the current one and why it is fixed. */
export interface RoleChoice {
  options: { value: string; label: string }[];
  disabledReason?: string;
}

type UserValues = {
  role: string;
  cohort: string;
  school: string;
  handle: string;
  kajabiContactId: string;
};

/** An admin's edit of one user: shows what is saved, and a save changes only what was changed. */
export function UserEditForm({
  action,
  saved,
  roleChoice,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  saved: UserValues;
  roleChoice: RoleChoice;
}) {
  const t = useTranslations("users.forms");
  return (
    <ActionForm action={action} saved={saved} className="mt-4">
      {({ values, errors }) => (
        <>
          <SelectField
            name="role"
            label={t("role")}
            disabled={roleChoice.disabledReason !== undefined}
            hint={roleChoice.disabledReason}
            defaultValue={values.role}
            error={errors.role}
            options={roleChoice.options}
          />
          <CohortField hint={t("optional")} defaultValue={values.cohort} error={errors.cohort} />
          <SchoolField defaultValue={values.school} error={errors.school} />
          <HandleField defaultValue={values.handle} error={errors.handle} />
          <KajabiContactIdField
            name="kajabiContactId"
            hint={t("kajabiHint")}
            defaultValue={values.kajabiContactId}
            error={errors.kajabiContactId}
          />
          <div>
            <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
