import { useTranslations } from "next-intl";
import type { FormState } from "@/server/forms/form-state";
import { ConfirmDeletionButton } from "./confirm-deletion-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The mailed link lands here; only pressing the button deletes (mail scanners open links). */
export function ConfirmDeletionForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("settings.deletion");
  return (
    <ConfirmDeletionButton
      action={action}
      token={token}
      text={{ submit: t("delete"), pending: t("deleting") }}
    />
  );
}
