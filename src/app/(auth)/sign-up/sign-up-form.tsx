"use client";

import { useActionState, useRef } from "react";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { initialFormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { signUp } from "../actions";

export function SignUpForm({ next }: { next: string }) {
  const [state, action] = useActionState(signUp, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  return (
    <form ref={form} action={action} noValidate className="mt-8">
      <FormBanner state={state} />
      <div className="flex flex-col gap-5">
        <input type="hidden" name="next" value={next} />
        <TextField
          name="name"
          label="Name"
          hint="Shown on your public profile and the leaderboard."
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values?.name}
          error={state.fieldErrors?.name}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
        <TextField
          name="password"
          label="Password"
          hint="At least 10 characters."
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          error={state.fieldErrors?.password}
        />
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </div>
    </form>
  );
}
