"use client";

import { EmailField, PasswordField } from "@/ui/auth/auth-fields";
import { AuthForm, type AuthFormLabels } from "@/ui/auth/auth-form";
import { NameField } from "@/ui/forms/profile-fields";
import { signUp } from "../actions";

export function SignUpForm({
  next,
  labels,
}: {
  next: string;
  labels: AuthFormLabels & { nameHint: string; passwordHint: string };
}) {
  return (
    <AuthForm action={signUp} next={next} labels={labels}>
      {({ values, errors }) => (
        <>
          <NameField hint={labels.nameHint} defaultValue={values.name} error={errors.name} />
          <EmailField
            autoComplete="email"
            label={labels.email}
            defaultValue={values.email}
            error={errors.email}
          />
          <PasswordField
            isNew
            label={labels.password}
            hint={labels.passwordHint}
            error={errors.password}
          />
        </>
      )}
    </AuthForm>
  );
}
