"use client";

import type { FormState } from "@/server/forms/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The "show me on public pages" switch: a native checkbox (role=switch) and a save button,
 * so it works with the keyboard and without JavaScript alike.
 */
export function PublicProfileForm({
  action,
  publicProfile,
}: {
  action: Action;
  publicProfile: boolean;
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
                Show me on public pages
              </label>
              <p id="field-publicProfile-hint" className="text-sm text-slate-600">
                When off, you are not on the leaderboards, in search or on the home page, your
                profile page is gone and none of your evidence is public. Your points still count,
                and reviewers still see your work.
              </p>
            </div>
          </div>
          <div>
            <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
