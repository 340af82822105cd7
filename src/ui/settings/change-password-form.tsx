"use client";

import type { FormState } from "@/server/forms/form-state";
import { PasswordField } from "@/ui/auth/auth-fields";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";

/** Current and new password; neither is ever refilled after a submit. */
export function ChangePasswordForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <ActionForm action={action} className="mt-6">
      {({ errors }) => (
        <>
          <PasswordField
            isNew={false}
            name="currentPassword"
            label="Current password"
            error={errors.currentPassword}
          />
          <PasswordField isNew label="New password" error={errors.password} />
          <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
