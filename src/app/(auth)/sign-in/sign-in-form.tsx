"use client";

import { AuthForm, type AuthFormLabels } from "@/ui/auth/auth-form";
import { EmailField, PasswordField } from "@/ui/auth/auth-fields";
import { signIn } from "../actions";

export function SignInForm({ next, labels }: { next: string; labels: AuthFormLabels }) {
  return (
    <AuthForm action={signIn} next={next} labels={labels}>
      {({ values, errors }) => (
        <>
          <EmailField
            autoComplete="username"
            label={labels.email}
            defaultValue={values.email}
            error={errors.email}
          />
          <PasswordField isNew={false} label={labels.password} error={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
