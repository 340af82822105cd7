"use client";

import { PasswordField } from "@/ui/auth/auth-fields";
import type { AuthFormLabels } from "@/ui/auth/auth-form";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { resetPassword } from "../account-actions";

export function ResetPasswordForm({
  token,
  labels,
}: {
  token: string;
  labels: Pick<AuthFormLabels, "password" | "submit" | "pending"> & { passwordHint: string };
}) {
  return (
    <ActionForm action={resetPassword} className="mt-8">
      {({ errors }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <PasswordField
            isNew
            label={labels.password}
            hint={labels.passwordHint}
            error={errors.password}
          />
          <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
