"use client";

import { confirmDeletion } from "@/app/settings/privacy/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { dangerButtonClass } from "@/ui/forms/button-styles";
import { SubmitButton } from "@/ui/forms/submit-button";

/** The mailed link lands here; only pressing the button deletes (mail scanners open links). */
export function ConfirmDeletionForm({ token }: { token: string }) {
  return (
    <ActionForm action={confirmDeletion} className="mt-6">
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
