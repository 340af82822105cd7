import { useTranslations } from "next-intl";
import { TextField } from "./form-field";

/** What a profile field shows: the value to start from and its error, if any. */
interface ProfileFieldProps {
  defaultValue?: string;
  error?: string;
}

/** A person's display name, as on their public profile. */
export function NameField({ hint, ...props }: ProfileFieldProps & { hint?: string }) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      name="name"
      label={t("name")}
      hint={hint}
      autoComplete="name"
      required
      maxLength={100}
    />
  );
}

/** The public handle (the /u/… address); the pattern is the server's rule. */
export function HandleField(props: ProfileFieldProps) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      name="handle"
      label={t("handle")}
      hint={t("handleHint")}
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      required
      pattern="[a-z0-9_\-]{3,30}"
    />
  );
}

/** The school; `own` when people fill in their own (the browser may suggest it). */
export function SchoolField({ own = false, ...props }: ProfileFieldProps & { own?: boolean }) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      name="school"
      label={t("school")}
      hint={t("schoolHint")}
      autoComplete={own ? "organization" : "off"}
      maxLength={200}
    />
  );
}

/** A link to the person's picture. */
export function AvatarUrlField(props: ProfileFieldProps) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      name="avatarUrl"
      label={t("avatarUrl")}
      hint={t("avatarUrlHint")}
      type="url"
      inputMode="url"
      autoComplete="photo"
      placeholder="https://"
    />
  );
}

/** The cohort a user belongs to; blank means none. */
export function CohortField({
  id,
  hint,
  list,
  ...props
}: ProfileFieldProps & { id?: string; hint: string; list?: string }) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      id={id}
      name="cohort"
      label={t("cohort")}
      hint={hint}
      list={list}
      autoComplete="off"
      maxLength={100}
    />
  );
}

/** The user's contact id on the course platform (Kajabi), which links its events to them. */
export function KajabiContactIdField({
  id,
  name,
  hint,
  ...props
}: ProfileFieldProps & { id?: string; name: string; hint: string }) {
  const t = useTranslations("forms.profile");
  return (
    <TextField
      {...props}
      id={id}
      name={name}
      label={t("kajabiContactId")}
      hint={hint}
      autoComplete="off"
      spellCheck={false}
      maxLength={100}
    />
  );
}
