import { TextField } from "@/ui/forms/form-field";

/** The account's email; `username` when signing in, so password managers fill it. */
export function EmailField({
  autoComplete,
  defaultValue,
  error,
}: {
  autoComplete: "username" | "email";
  defaultValue?: string;
  error?: string;
}) {
  return (
    <TextField
      name="email"
      label="Email"
      type="email"
      autoComplete={autoComplete}
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

/** The password; never refilled after a failed submit. A new one has the server's length rule. */
export function PasswordField({
  isNew,
  error,
  name = "password",
  label = "Password",
}: {
  isNew: boolean;
  error?: string;
  name?: string;
  label?: string;
}) {
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      required
      error={error}
      {...(isNew
        ? {
            hint: "At least 10 characters.",
            autoComplete: "new-password",
            minLength: 10,
            maxLength: 200,
          }
        : { autoComplete: "current-password" })}
    />
  );
}
