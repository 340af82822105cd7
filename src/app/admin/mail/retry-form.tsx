"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { retryMail } from "./actions";

/** "Send again" on a failed message; the page passes its words in the reader's language. */
export function RetryForm({
  id,
  labels,
}: {
  id: string;
  labels: { submit: string; pending: string };
}) {
  return (
    <ActionForm action={retryMail.bind(null, id)} className="mt-4">
      {() => (
        <div>
          <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
