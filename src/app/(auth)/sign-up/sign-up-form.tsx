"use client";

import { EmailField, PasswordField } from "@/ui/auth/auth-fields";
import { AuthForm } from "@/ui/auth/auth-form";
import { NameField } from "@/ui/forms/profile-fields";
import { signUp } from "../actions";

export function SignUpForm({ next }: { next: string }) {
  return (
    <AuthForm
      action={signUp}
      next={next}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
    >
      {({ values, errors }) => (
        <>
          <NameField
            hint="Shown on your public profile and the leaderboard."
            defaultValue={values.name}
            error={errors.name}
          />
          <EmailField autoComplete="email" defaultValue={values.email} error={errors.email} />
          <PasswordField isNew error={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
