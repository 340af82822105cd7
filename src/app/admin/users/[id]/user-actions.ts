"use server";

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

export interface AdjustmentState extends FormState {
  badgesAwarded?: string[];
}

/** A manual points adjustment (positive or negative) with its reason. */
export const adjustPoints = formAction({
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
    const amount = `${Math.abs(result.points)} ${activityName(input.activity)} ${Math.abs(result.points) === 1 ? "point" : "points"}`;
    return {
      status: "success",
      message: result.points > 0 ? `Added ${amount}.` : `Took away ${amount}.`,
      badgesAwarded: result.badgesAwarded,
    };
  },
});

/** Awards the chosen badge to this user (any badge, manual ones included). */
export const awardUserBadge = formAction({
  role: "ADMIN",
  values: (formData) => ({ code: formText(formData, "code") }),
  input: (values, _formData, [userId]: [string]) => {
    if (!values.code)
      throw invalidFields(
        { code: "errors.validation.chooseBadge" },
        "errors.validation.chooseBadgeToAward",
      );
    return { userId };
  },
  schema: badgeRecipientInput,
  run: async (input, { user, values }): Promise<FormState> => {
    const { awarded } = await awardBadge(user, values.code, input.userId);
    refresh();
    return awarded
      ? { status: "success", message: "Badge awarded." }
      : { status: "success", message: "They already had this badge; nothing changed." };
  },
});

/** Takes an earned badge away from this user. */
export const revokeUserBadge = formAction({
  role: "ADMIN",
  input: (_values, _formData, [userId]: [string]) => ({ userId }),
  schema: badgeRecipientInput,
  run: async (input, { user, formData }): Promise<FormState> => {
    await revokeBadge(user, formText(formData, "code"), input.userId);
    refresh();
    return { status: "success", message: "Badge revoked." };
  },
});
