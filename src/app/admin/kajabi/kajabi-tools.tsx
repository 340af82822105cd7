"use client";

import { useActionState, useRef } from "react";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { linkContact, reprocessAllUnmatched } from "./actions";

/** Link a Kajabi contact id to a user by handle or email. */
export function LinkContactForm() {
  const [state, action] = useActionState(linkContact, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} noValidate className="mt-3">
      <FormBanner state={state} />
      <div className="flex flex-col gap-4">
        <TextField
          id="link-contact-id"
          name="contactId"
          label="Kajabi contact id"
          hint="The contact.id of the event, e.g. 98765."
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          defaultValue={state.values?.contactId}
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
          defaultValue={state.values?.user}
          error={errors.user}
        />
        <div>
          <SubmitButton pendingLabel="Linking…" className={`${secondaryButtonClass} py-2.5`}>
            Link contact
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

/** Retry every unmatched event at once (e.g. after fixing emails) and show the tally. */
export function ReprocessAllForm({ unmatched }: { unmatched: number }) {
  const [state, action] = useActionState(reprocessAllUnmatched, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  return (
    <form ref={form} action={action} className="mt-3">
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
