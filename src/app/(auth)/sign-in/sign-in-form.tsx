"use client";

import { useActionState, useRef } from "react";
import { FormBanner } from "@/ui/forms/form-banner";
import { TextField } from "@/ui/forms/form-field";
import { initialFormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { signIn } from "../actions";

export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signIn, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  return (
    <form ref={form} action={action} noValidate className="mt-8">
      <FormBanner state={state} />
      <div className="flex flex-col gap-5">
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.password}
        />
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      </div>
    </form>
  );
}
