"use client";

import { EmailField } from "@/ui/auth/auth-fields";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { requestResetLink } from "../account-actions";

export function ForgotPasswordForm() {
  return (
    <ActionForm action={requestResetLink} className="mt-8">
      {({ values, errors }) => (
        <>
          <EmailField autoComplete="email" defaultValue={values.email} error={errors.email} />
          <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
