"use client";

import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";
import { saveProgrammeEmailsAction } from "./programme-emails-action";

/** The programme-emails switch; its words come translated from the section around it. */
export function ProgrammeEmailsForm({
  on,
  text,
}: {
  on: boolean;
  text: { label: string; save: string; saving: string };
}) {
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
            <span>{text.label}</span>
          </label>
          <div>
            <SubmitButton pendingLabel={text.saving}>{text.save}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
