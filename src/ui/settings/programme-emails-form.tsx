"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { saveProgrammeEmailsAction } from "./programme-emails-action";

export function ProgrammeEmailsForm({ on }: { on: boolean }) {
  return (
    <ActionForm
      action={saveProgrammeEmailsAction}
      saved={{ programmeEmails: on ? "on" : "" }}
      className="mt-4"
    >
      {({ values }) => (
        <>
          <label className="flex items-start gap-3 text-slate-800">
            <input
              type="checkbox"
              name="programmeEmails"
              defaultChecked={values.programmeEmails === "on"}
              className="mt-1 size-5 accent-brand-700"
            />
            <span>
              Email me about my evidence and badges: review outcomes, new badges and Kajabi course
              credit.
            </span>
          </label>
          <div>
            <SubmitButton pendingLabel="Saving…">Save email preference</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
