"use client";

import type { FormState } from "@/server/forms/form-state";
import { PasswordField } from "@/ui/auth/auth-fields";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";

/** Current and new password; neither is ever refilled after a submit. */
export function ChangePasswordForm({
  action,
  text,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  text: { current: string; new: string; submit: string; pending: string };
}) {
  return (
    <ActionForm action={action} className="mt-6">
      {({ errors }) => (
        <>
          <PasswordField
            isNew={false}
            name="currentPassword"
            label={text.current}
            error={errors.currentPassword}
          />
          <PasswordField isNew label={text.new} error={errors.password} />
          <SubmitButton pendingLabel={text.pending}>{text.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
