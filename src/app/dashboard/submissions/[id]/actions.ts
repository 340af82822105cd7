"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isActivityCode, type ActivityCode } from "@/server/activities/activity-canon";
import { AppError } from "@/server/errors";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { updateSubmission, updateSubmissionInput } from "@/server/submissions/update-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import {
  evidenceFieldOfPath,
  payloadFromValues,
  valuesFromFormData,
} from "@/ui/evidence/evidence-payload";

function submissionPath(id: string): string {
  return `/dashboard/submissions/${encodeURIComponent(id)}`;
}

/**
 * Saves the edited evidence and files of a PENDING submission. The page binds the id
 * and activity; updateSubmission checks ownership and status and re-validates against
 * the stored activity, so a tampered binding can only fail.
 */
export const saveEvidence = formAction({
  role: "PARTICIPANT",
  values: (formData, [, activity]: [string, ActivityCode]) => {
    if (!isActivityCode(activity))
      throw new AppError("VALIDATION_FAILED", "errors.activities.unknown");
    return valuesFromFormData(activity, formData);
  },
  input: (values, formData, [, activity]: [string, ActivityCode]) => ({
    payload: payloadFromValues(activity, values),
    attachments: formData.getAll("attachments").filter((key) => typeof key === "string"),
  }),
  schema: updateSubmissionInput,
  fieldOf: evidenceFieldOfPath,
  run: async (input, { user }, [id]: [string, ActivityCode]): Promise<FormState> => {
    await updateSubmission(user, id, input);
    redirect(`${submissionPath(id)}?notice=saved`);
  },
});

/** PUBLIC ⇄ PRIVATE, allowed at any status (docs/product.md §4). */
export const changeVisibility = formAction({
  role: "PARTICIPANT",
  input: (_values, formData) => ({ visibility: formText(formData, "visibility") }),
  schema: updateSubmissionInput,
  run: async (input, { user }, [id]: [string]): Promise<FormState> => {
    const saved = await updateSubmission(user, id, input);
    // The page around the switch shows the visibility too: render it again.
    refresh();
    const t = await getTranslations("submission");
    return { status: "success", message: t(`visibilityChanged.${saved.visibility}`) };
  },
});

/** Deletes a PENDING submission (docs/product.md §4), then back to the dashboard. */
export const withdrawEvidence = formAction({
  role: "PARTICIPANT",
  run: async (_input, { user }, [id]: [string]): Promise<FormState> => {
    await withdrawSubmission(user, id);
    redirect("/dashboard?notice=withdrawn");
  },
});
