import { useTranslations } from "next-intl";
import { getEnv } from "@/server/env";
import type { FormState } from "@/server/forms/form-state";
import { ChangePasswordForm } from "./change-password-form";

/**
 * Settings' password section (docs/product.md §2), for local accounts only: with Clerk
 * the password lives at Clerk. Forgotten passwords go through /forgot-password instead.
 */
export function ChangePasswordSection({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("settings.password");
  if (getEnv().AUTH_PROVIDER !== "local") return null;
  return (
    <section
      aria-labelledby="change-password-heading"
      className="mt-12 border-t border-slate-200 pt-8"
    >
      <h2 id="change-password-heading" className="text-xl font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <ChangePasswordForm
        action={action}
        text={{
          current: t("current"),
          new: t("new"),
          submit: t("submit"),
          pending: t("pending"),
        }}
      />
    </section>
  );
}
