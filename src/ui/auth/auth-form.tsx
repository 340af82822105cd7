"use client";

import type { ReactNode } from "react";
import { ActionForm, type ActionFormFields } from "@/ui/forms/action-form";
import type { FormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";

/** The words of an auth form, translated by its (server) page. */
export type AuthFormLabels = {
  email: string;
  password: string;
  submit: string;
  pending: string;
};

/**
 * The frame of the sign-in and sign-up forms: the outcome banner, the page to return to
 * afterwards (hidden), the fields, and the submit button.
 */
export function AuthForm({
  action,
  next,
  labels,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Where to go once signed in; checked again by the action. */
  next: string;
  labels: Pick<AuthFormLabels, "submit" | "pending">;
  children: (form: ActionFormFields<FormState>) => ReactNode;
}) {
  return (
    <ActionForm action={action} className="mt-8">
      {(form) => (
        <>
          <input type="hidden" name="next" value={next} />
          {children(form)}
          <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
