"use client";

import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { ActionForm, useActionForm } from "@/ui/forms/action-form";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { KajabiContactIdField } from "@/ui/forms/profile-fields";
import { SubmitButton } from "@/ui/forms/submit-button";
import { linkContact, reprocessAllUnmatched } from "./actions";

/** Link a Kajabi contact id to a user by handle or email. */
export function LinkContactForm() {
  return (
    <ActionForm action={linkContact} className="mt-3">
      {({ values, errors }) => (
        <>
          <KajabiContactIdField
            id="link-contact-id"
            name="contactId"
            hint="The contact.id of the event, e.g. 98765."
            defaultValue={values.contactId}
            error={errors.contactId}
          />
          <TextField
            id="link-user"
            name="user"
            label="User’s handle or email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            defaultValue={values.user}
            error={errors.user}
          />
          <div>
            <SubmitButton pendingLabel="Linking…" className={`${secondaryButtonClass} py-2.5`}>
              Link contact
            </SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

/** Retry every unmatched event at once (e.g. after fixing emails) and show the tally. */
export function ReprocessAllForm({ unmatched }: { unmatched: number }) {
  const { state, action, ref } = useActionForm(reprocessAllUnmatched);
  return (
    <form ref={ref} action={action} className="mt-3">
      <FormBanner state={state} />
      <p className="text-sm text-slate-700">
        {unmatched === 0
          ? "Nothing is waiting right now."
          : `${unmatched.toLocaleString("en")} ${unmatched === 1 ? "event is" : "events are"} waiting for a user.`}
      </p>
      <div className="mt-3">
        <SubmitButton pendingLabel="Reprocessing…" className={`${secondaryButtonClass} py-2.5`}>
          Reprocess all unmatched
        </SubmitButton>
      </div>
    </form>
  );
}
