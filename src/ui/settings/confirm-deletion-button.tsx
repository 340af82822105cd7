"use client";

import type { FormState } from "@/server/forms/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { dangerButtonClass } from "@/ui/forms/button-styles";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The form of ConfirmDeletionForm, its words given translated. */
export function ConfirmDeletionButton({
  action,
  token,
  text,
}: {
  action: Action;
  token: string;
  text: { submit: string; pending: string };
}) {
  return (
    <ActionForm action={action} className="mt-6">
      {() => (
        <>
          <input type="hidden" name="token" value={token} />
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
