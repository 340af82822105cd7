"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { SubmitButton } from "@/ui/forms/submit-button";

/**
 * Withdrawing deletes a pending submission, so it takes two steps: "Withdraw…" opens a
 * confirmation (a native <details>, usable by keyboard and without JavaScript) whose
 * own button does it; "Keep it" closes it again.
 */
export function WithdrawSubmissionForm({
  action: withdrawAction,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action] = useActionState(withdrawAction, initialFormState);
  const details = useRef<HTMLDetailsElement>(null);
  const t = useTranslations("evidence.withdraw");

  function keep() {
    if (!details.current) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={details} className="group">
      <summary
        className={`${secondaryButtonClass} cursor-pointer list-none py-2 [&::-webkit-details-marker]:hidden`}
      >
        {t("open")}
      </summary>
      <div className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4">
        <p className="text-sm text-red-950">{t("warning")}</p>
        <form action={action} className="mt-3">
          <FormBanner state={state} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel={t("pending")} className={`${dangerButtonClass} py-2`}>
              {t("confirm")}
            </SubmitButton>
            <button type="button" onClick={keep} className={`${secondaryButtonClass} py-2`}>
              {t("keep")}
            </button>
          </div>
        </form>
      </div>
    </details>
  );
}
