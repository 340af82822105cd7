"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/ui/forms/action-form";
import { SelectField, TextField } from "@/ui/forms/form-field";
import { NoteField } from "@/ui/forms/note-field";
import { SubmitButton } from "@/ui/forms/submit-button";
import type { AdjustmentState } from "./user-actions";

/** Add or take away points by hand; the reason is kept with the ledger row and in the audit. */
export function PointsAdjustmentForm({
  action,
  activities,
  badgeNames,
}: {
  action: (previous: AdjustmentState, formData: FormData) => Promise<AdjustmentState>;
  activities: { value: string; label: string }[];
  badgeNames: Record<string, string>;
}) {
  const t = useTranslations("users.forms");
  const banner = (state: AdjustmentState) => {
    const awarded = state.badgesAwarded?.map((code) => badgeNames[code] ?? code) ?? [];
    if (state.status !== "success" || awarded.length === 0) return state;
    const badges = t("badgesAwarded", { names: awarded.join(", ") });
    return { ...state, message: [state.message, badges].join(" ") };
  };
  return (
    <ActionForm action={action} banner={banner} className="mt-4">
      {({ values, errors }) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              id="adjust-activity"
              name="activity"
              label={t("activity")}
              hint={t("activityHint")}
              defaultValue={values.activity ?? activities[0]?.value}
              error={errors.activity}
              options={activities}
            />
            <TextField
              id="adjust-points"
              name="points"
              type="number"
              inputMode="numeric"
              step={1}
              label={t("points")}
              hint={t("pointsHint")}
              defaultValue={values.points}
              error={errors.points}
            />
          </div>
          <NoteField
            id="adjust-reason"
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            aria-required="true"
            maxLength={500}
            defaultValue={values.reason}
            error={errors.reason}
          />
          <div>
            <SubmitButton pendingLabel={t("adding")}>{t("addAdjustment")}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
