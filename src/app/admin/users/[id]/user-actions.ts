"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { awardBadge } from "@/server/badges/award-badge";
import { badgeRecipientInput } from "@/server/badges/badge-recipient-input";
import { revokeBadge } from "@/server/badges/revoke-badge";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { invalidFields } from "@/server/forms/invalid-fields";
import { addManualAdjustment, manualAdjustmentInput } from "@/server/ledger/add-manual-adjustment";
import { activityName } from "@/ui/activities/activity-name";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { withTranslator } from "../../with-translator";

/** The form messages of the user page's actions, in the language of the page that sent them. */
const translator = async () => getTranslations("users.actions");

export interface AdjustmentState extends FormState {
  badgesAwarded?: string[];
}

/** A manual points adjustment (positive or negative) with its reason. */
export const adjustPoints = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    values: (formData) => ({
      activity: formText(formData, "activity"),
      points: formText(formData, "points"),
      reason: formText(formData, "reason"),
    }),
    input: (values, _formData, [userId]: [string]) => {
      const points = parseWholeNumber(values.points);
      if (points === undefined || Number.isNaN(points)) {
        throw invalidFields({ points: "errors.validation.wholePointsSigned" });
      }
      return { userId, ...values, points };
    },
    schema: manualAdjustmentInput,
    run: async (input, { user }): Promise<AdjustmentState> => {
      const result = await addManualAdjustment(user, input);
      refresh();
      const amount = { points: Math.abs(result.points), activity: activityName(input.activity) };
      return {
        status: "success",
        message: result.points > 0 ? t("added", amount) : t("tookAway", amount),
        badgesAwarded: result.badgesAwarded,
      };
    },
  }),
);

/** Awards the chosen badge to this user (any badge, manual ones included). */
export const awardUserBadge = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    values: (formData) => ({ code: formText(formData, "code") }),
    input: (values, _formData, [userId]: [string]) => {
      if (!values.code) {
        throw invalidFields(
          { code: "errors.validation.chooseBadge" },
          "errors.validation.chooseBadgeToAward",
        );
      }
      return { userId };
    },
    schema: badgeRecipientInput,
    run: async (input, { user, values }): Promise<FormState> => {
      const { awarded } = await awardBadge(user, values.code, input.userId);
      refresh();
      return { status: "success", message: awarded ? t("badgeAwarded") : t("alreadyHadBadge") };
    },
  }),
);

/** Takes an earned badge away from this user. */
export const revokeUserBadge = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    input: (_values, _formData, [userId]: [string]) => ({ userId }),
    schema: badgeRecipientInput,
    run: async (input, { user, formData }): Promise<FormState> => {
      await revokeBadge(user, formText(formData, "code"), input.userId);
      refresh();
      return { status: "success", message: t("badgeRevoked") };
    },
  }),
);
