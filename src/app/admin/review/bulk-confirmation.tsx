"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import type { BulkReviewConfirmation } from "./review-states";

/**
 * The question a bulk review asks before it writes anything: how many submissions and,
 * when approving, how many points. Its buttons submit the bulk form again (the server
 * decides, no client-side dialog): Confirm with the quoted selection, Cancel to go back.
 */
export function BulkConfirmation({ confirm }: { confirm: BulkReviewConfirmation }) {
  const t = useTranslations("review.forms");
  const heading = useRef<HTMLHeadingElement>(null);
  const { pending } = useFormStatus();
  // The question replaces the button just pressed: take the focus there.
  useEffect(() => heading.current?.focus(), [confirm]);
  const approving = confirm.action === "approve";
  const refused = confirm.selected - confirm.reviewable;
  return (
    <section
      aria-labelledby="bulk-confirm-question"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800 lg:max-w-md"
    >
      <h2
        id="bulk-confirm-question"
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {approving
          ? t("approveQuestion", { count: confirm.selected, points: confirm.points })
          : t("rejectQuestion", { count: confirm.selected })}
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
        <li>{approving ? t("approveExplained") : t("rejectExplained")}</li>
        {approving && confirm.sharedEducator ? <li>{t("sharedEducator")}</li> : null}
        {refused > 0 ? (
          <li>{t("willBeRefused", { count: refused, action: confirm.action })}</li>
        ) : null}
      </ul>
      <input type="hidden" name="quotedAction" value={confirm.action} />
      <input type="hidden" name="quotedIds" value={confirm.ids} />
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="submit"
          name="confirm"
          value="yes"
          disabled={pending}
          className={`${primaryButtonClass} py-2.5 disabled:cursor-wait disabled:opacity-80`}
        >
          {approving ? t("confirmApproval") : t("confirmRejection")}
        </button>
        <button
          type="submit"
          name="confirm"
          value="no"
          disabled={pending}
          className={`${secondaryButtonClass} py-2.5 disabled:cursor-wait disabled:opacity-80`}
        >
          {t("cancel")}
        </button>
      </div>
    </section>
  );
}
