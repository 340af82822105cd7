import { TextField } from "@/ui/forms/form-field";

/**
 * The account's email; `username` when signing in, so password managers fill it. Labels
 * come translated from the page (these fields render inside client forms).
 */
export function EmailField({
  autoComplete,
  label,
  defaultValue,
  error,
}: {
  autoComplete: "username" | "email";
  label: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <TextField
      name="email"
      label={label}
      type="email"
      autoComplete={autoComplete}
      required
      defaultValue={defaultValue}
      error={error}
    />
  );
}

/**
 * The password; never refilled after a failed submit. A new one has the server's length
 * rule, which `hint` (translated by the page) states.
 */
export function PasswordField({
  isNew,
  label,
  hint,
  error,
  name = "password",
}: {
  isNew: boolean;
  label: string;
  hint?: string;
  error?: string;
  name?: string;
}) {
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      required
      error={error}
      {...(isNew
        ? { hint, autoComplete: "new-password", minLength: 10, maxLength: 200 }
        : { autoComplete: "current-password" })}
    />
  );
}
