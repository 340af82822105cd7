"use client";

import type { FormState } from "@/server/forms/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The "show me on public pages" switch: a native checkbox (role=switch) and a save button,
 * so it works with the keyboard and without JavaScript alike. Its words come translated
 * from the settings page.
 */
export function PublicProfileForm({
  action,
  publicProfile,
  text,
}: {
  action: Action;
  publicProfile: boolean;
  text: { label: string; hint: string; save: string; saving: string };
}) {
  return (
    <ActionForm action={action} className="mt-4">
      {() => (
        <>
          <div className="flex items-start gap-3">
            <input
              id="field-publicProfile"
              name="publicProfile"
              type="checkbox"
              role="switch"
              defaultChecked={publicProfile}
              aria-describedby="field-publicProfile-hint"
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <div>
              <label htmlFor="field-publicProfile" className="font-semibold text-slate-900">
                {text.label}
              </label>
              <p id="field-publicProfile-hint" className="text-sm text-slate-600">
                {text.hint}
              </p>
            </div>
          </div>
          <div>
            <SubmitButton pendingLabel={text.saving}>{text.save}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
