"use client";

import { EmailField } from "@/ui/auth/auth-fields";
import type { AuthFormLabels } from "@/ui/auth/auth-form";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { requestResetLink } from "../account-actions";

export function ForgotPasswordForm({
  labels,
}: {
  labels: Pick<AuthFormLabels, "email" | "submit" | "pending">;
}) {
  return (
    <ActionForm action={requestResetLink} className="mt-8">
      {({ values, errors }) => (
        <>
          <EmailField
            autoComplete="email"
            label={labels.email}
            defaultValue={values.email}
            error={errors.email}
          />
          <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
