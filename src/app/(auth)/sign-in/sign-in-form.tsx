"use client";

import { AuthForm } from "@/ui/auth/auth-form";
import { EmailField, PasswordField } from "@/ui/auth/auth-fields";
import { signIn } from "../actions";

export function SignInForm({ next }: { next: string }) {
  return (
    <AuthForm action={signIn} next={next} submitLabel="Sign in" pendingLabel="Signing in…">
      {({ values, errors }) => (
        <>
          <EmailField autoComplete="username" defaultValue={values.email} error={errors.email} />
          <PasswordField isNew={false} error={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
