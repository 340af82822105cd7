"use client";

import type { FormState } from "@/server/forms/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { dangerButtonClass } from "@/ui/forms/button-styles";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The mailed link lands here; only pressing the button deletes (mail scanners open links). */
export function ConfirmDeletionForm({ action, token }: { action: Action; token: string }) {
  return (
    <ActionForm action={action} className="mt-6">
      {() => (
        <>
          <input type="hidden" name="token" value={token} />
          <div>
            <SubmitButton className={dangerButtonClass} pendingLabel="Deleting…">
              Delete my account
            </SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
