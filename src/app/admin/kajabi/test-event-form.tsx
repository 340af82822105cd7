"use client";

import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { useActionForm } from "@/ui/forms/action-form";
import { FormBanner } from "@/ui/forms/form-banner";
import { SubmitButton } from "@/ui/forms/submit-button";
import type { ButtonLabels } from "./kajabi-tools";
import { sendTestEvent } from "./test-event-actions";

/** Posts a native-shaped test event through the webhook and shows what it answered. */
export function SendTestEventForm({ labels }: { labels: ButtonLabels }) {
  const { state, action, ref } = useActionForm(sendTestEvent);
  return (
    <form ref={ref} action={action} className="mt-3">
      <FormBanner state={state} />
      <div className="mt-3">
        <SubmitButton pendingLabel={labels.pending} className={`${secondaryButtonClass} py-2.5`}>
          {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
