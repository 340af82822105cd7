"use server";

import { refresh } from "next/cache";
import { requireRole } from "@/server/auth/guards";
import { badgeRecipientInput } from "@/server/badges/badge-recipient-input";
import { awardBadge } from "@/server/badges/award-badge";
import { revokeBadge } from "@/server/badges/revoke-badge";
import { addManualAdjustment, manualAdjustmentInput } from "@/server/ledger/add-manual-adjustment";
import { activityName } from "@/ui/activities/activity-name";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";

export interface AdjustmentState extends FormState {
  badgesAwarded?: string[];
}

/** A manual points adjustment (positive or negative) with its reason. */
export async function adjustPoints(
  userId: string,
  _previous: AdjustmentState,
  formData: FormData,
): Promise<AdjustmentState> {
  const values = {
    activity: formText(formData, "activity"),
    points: formText(formData, "points"),
    reason: formText(formData, "reason"),
  };
  const points = parseWholeNumber(values.points);
  if (points === undefined || Number.isNaN(points)) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { points: "Enter a whole number of points, such as 10 or -10." },
      values,
    };
  }
  try {
    const admin = await requireRole("ADMIN");
    const input = manualAdjustmentInput.parse({ userId, ...values, points });
    const result = await addManualAdjustment(admin, input);
    refresh();
    const amount = `${Math.abs(result.points)} ${activityName(input.activity)} ${Math.abs(result.points) === 1 ? "point" : "points"}`;
    return {
      status: "success",
      message: result.points > 0 ? `Added ${amount}.` : `Took away ${amount}.`,
      badgesAwarded: result.badgesAwarded,
    };
  } catch (error) {
    return formErrorState(error, values);
  }
}

/** Awards the chosen badge to this user (any badge, manual ones included). */
export async function awardUserBadge(
  userId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { code: formText(formData, "code") };
  if (!values.code) {
    return {
      status: "error",
      message: "Choose a badge to award.",
      fieldErrors: { code: "Choose a badge." },
    };
  }
  try {
    const admin = await requireRole("ADMIN");
    const { awarded } = await awardBadge(
      admin,
      values.code,
      badgeRecipientInput.parse({ userId }).userId,
    );
    refresh();
    return awarded
      ? { status: "success", message: "Badge awarded." }
      : { status: "success", message: "They already had this badge; nothing changed." };
  } catch (error) {
    return formErrorState(error, values);
  }
}

/** Takes an earned badge away from this user. */
export async function revokeUserBadge(
  userId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const code = formText(formData, "code");
  try {
    const admin = await requireRole("ADMIN");
    await revokeBadge(admin, code, badgeRecipientInput.parse({ userId }).userId);
    refresh();
    return { status: "success", message: "Badge revoked." };
  } catch (error) {
    return formErrorState(error);
  }
}
