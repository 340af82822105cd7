"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Visibility } from "@/server/db/schema";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";
import { VISIBILITY_OPTIONS } from "./visibility-options";

/**
 * A stored submission's PUBLIC/PRIVATE switch, open at every status (docs/product.md §4): the
 * current choice in words and one button to flip it. Works without JavaScript too.
 */
export function VisibilitySwitch({
  visibility,
  action: changeAction,
}: {
  visibility: Visibility;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action] = useActionState(changeAction, initialFormState);
  const t = useTranslations("evidence.visibility");
  const other = VISIBILITY_OPTIONS.find((option) => option !== visibility)!;
  return (
    <form action={action}>
      <FormBanner state={state} />
      <p className="text-slate-900" data-testid="current-visibility">
        <span className="font-semibold">{t(`label.${visibility}`)}.</span>{" "}
        {t(`description.${visibility}`)}
      </p>
      <input type="hidden" name="visibility" value={other} />
      <SubmitButton pendingLabel={t("saving")} className={`mt-3 ${secondaryButtonClass} py-2`}>
        {t(`make.${other}`)}
      </SubmitButton>
    </form>
  );
}
