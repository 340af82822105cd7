"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { retryMail } from "./actions";

export function RetryForm({ id }: { id: string }) {
  return (
    <ActionForm action={retryMail.bind(null, id)} className="mt-4">
      {() => (
        <div>
          <SubmitButton pendingLabel="Queuing…">Send again</SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
