"use client";

import { PasswordField } from "@/ui/auth/auth-fields";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { resetPassword } from "../account-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} className="mt-8">
      {({ errors }) => (
        <>
          <input type="hidden" name="token" value={token} />
          <PasswordField isNew error={errors.password} label="New password" />
          <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
