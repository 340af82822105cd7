"use client";

import { deleteAccount } from "@/app/settings/privacy/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { dangerButtonClass } from "@/ui/forms/button-styles";
import { TextField } from "@/ui/forms/form-field";
import { SubmitButton } from "@/ui/forms/submit-button";

/** Local mode asks for the current password; Clerk mode mails a confirmation link. */
export function DeleteAccountForm({ withPassword }: { withPassword: boolean }) {
  return (
    <ActionForm action={deleteAccount} className="mt-4">
      {({ errors }) => (
        <>
          {withPassword ? (
            <TextField
              name="password"
              type="password"
              label="Your current password"
              autoComplete="current-password"
              required
              error={errors.password}
            />
          ) : null}
          <div>
            <SubmitButton className={dangerButtonClass} pendingLabel="Deleting…">
              {withPassword ? "Delete my account" : "Email me a deletion link"}
            </SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
