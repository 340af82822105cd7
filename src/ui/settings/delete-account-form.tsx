"use client";

import type { FormState } from "@/server/forms/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { dangerButtonClass } from "@/ui/forms/button-styles";
import { TextField } from "@/ui/forms/form-field";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Local mode asks for the current password; Clerk mode mails a confirmation link. Its
 * words come translated from the settings page.
 */
export function DeleteAccountForm({
  action,
  withPassword,
  text,
}: {
  action: Action;
  withPassword: boolean;
  text: { password: string; submit: string; pending: string };
}) {
  return (
    <ActionForm action={action} className="mt-4">
      {({ errors }) => (
        <>
          {withPassword ? (
            <TextField
              // Its own id: the change-password form on the same page has a "password"
              // field too, and a shared id gave both labels to that one input.
              id="delete-account-password"
              name="password"
              type="password"
              label={text.password}
              autoComplete="current-password"
              required
              error={errors.password}
            />
          ) : null}
          <div>
            <SubmitButton className={dangerButtonClass} pendingLabel={text.pending}>
              {text.submit}
            </SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
