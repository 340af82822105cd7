"use client";

import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { ActionForm, useActionForm } from "@/ui/forms/action-form";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { KajabiContactIdField } from "@/ui/forms/profile-fields";
import { SubmitButton } from "@/ui/forms/submit-button";
import { linkContact, reprocessAllUnmatched } from "./actions";

/** A form's button: its word, and the word while it runs. */
export interface ButtonLabels {
  submit: string;
  pending: string;
}

/** Link a Kajabi contact id to a user by handle or email. The page passes the words. */
export function LinkContactForm({
  labels,
}: {
  labels: ButtonLabels & { contactHint: string; user: string };
}) {
  return (
    <ActionForm action={linkContact} className="mt-3">
      {({ values, errors }) => (
        <>
          <KajabiContactIdField
            id="link-contact-id"
            name="contactId"
            hint={labels.contactHint}
            defaultValue={values.contactId}
            error={errors.contactId}
          />
          <TextField
            id="link-user"
            name="user"
            label={labels.user}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            defaultValue={values.user}
            error={errors.user}
          />
          <div>
            <SubmitButton
              pendingLabel={labels.pending}
              className={`${secondaryButtonClass} py-2.5`}
            >
              {labels.submit}
            </SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}

/**
 * Retry every unmatched event at once (e.g. after fixing emails) and show the tally.
 * `waiting` says how many wait, in the reader's language.
 */
export function ReprocessAllForm({ waiting, labels }: { waiting: string; labels: ButtonLabels }) {
  const { state, action, ref } = useActionForm(reprocessAllUnmatched);
  return (
    <form ref={ref} action={action} className="mt-3">
      <FormBanner state={state} />
      <p className="text-sm text-slate-700">{waiting}</p>
      <div className="mt-3">
        <SubmitButton pendingLabel={labels.pending} className={`${secondaryButtonClass} py-2.5`}>
          {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
