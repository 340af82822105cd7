"use client";

import { useFormatter, useTranslations } from "next-intl";

import { useActionForm } from "@/ui/forms/action-form";
import { useFormStatus } from "react-dom";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { SelectField } from "@/ui/forms/form-field";
import type { FormState } from "@/server/forms/form-state";
import { formatDateTime } from "@/ui/format/format-date-time";
import { SubmitButton } from "@/ui/forms/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The user's earned badges with "Revoke", and a form to award another. */
export function UserBadges({
  earned,
  awardable,
  award,
  revoke,
}: {
  earned: { code: string; name: string; earnedAt: string }[];
  awardable: { code: string; name: string }[];
  award: Action;
  revoke: Action;
}) {
  const format = useFormatter();
  const t = useTranslations("users.forms");
  const { ref: awardForm, action: awardAction, state: awardState, errors } = useActionForm(award);
  const { action: revokeAction, state: revokeState } = useActionForm(revoke);
  return (
    <div className="mt-4 flex flex-col gap-6">
      <div>
        <FormBanner state={revokeState} />
        {earned.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
            {t("noBadges")}
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200">
            {earned.map((badge) => (
              <li
                key={badge.code}
                className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm"
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words text-slate-900">{badge.name}</p>
                  <p className="text-slate-600">
                    <code className="font-mono text-xs">{badge.code}</code> · {t("earned")}{" "}
                    <time dateTime={badge.earnedAt}>{formatDateTime(format, badge.earnedAt)}</time>
                  </p>
                </div>
                <form action={revokeAction}>
                  <input type="hidden" name="code" value={badge.code} />
                  <RevokeButton name={badge.name} />
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>

      <form ref={awardForm} action={awardAction} noValidate aria-labelledby="award-heading">
        <h3 id="award-heading" className="text-lg font-semibold text-slate-900">
          {t("awardBadge")}
        </h3>
        <div className="mt-3">
          <FormBanner state={awardState} />
        </div>
        {awardable.length === 0 ? (
          <p className="text-sm text-slate-600">{t("hasEveryBadge")}</p>
        ) : (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="sm:flex-1">
              <SelectField
                id="award-code"
                name="code"
                label={t("badge")}
                defaultValue=""
                error={errors.code}
                options={[
                  { value: "", label: t("chooseBadge") },
                  ...awardable.map((badge) => ({
                    value: badge.code,
                    label: `${badge.name} (${badge.code})`,
                  })),
                ]}
              />
            </div>
            <SubmitButton pendingLabel={t("awarding")} className={`${secondaryButtonClass} py-2.5`}>
              {t("awardBadge")}
            </SubmitButton>
          </div>
        )}
      </form>
    </div>
  );
}

function RevokeButton({ name }: { name: string }) {
  const t = useTranslations("users.forms");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-lg border border-red-700 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-80"
    >
      {pending ? t("revoking") : t("revoke")}
      <span className="sr-only"> {name}</span>
    </button>
  );
}
