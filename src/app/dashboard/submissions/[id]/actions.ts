"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { isActivityCode, type ActivityCode } from "@/server/activities/activity-canon";
import { requireUser } from "@/server/auth/guards";
import { updateSubmission, updateSubmissionInput } from "@/server/submissions/update-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";
import {
  evidenceFieldOfPath,
  payloadFromValues,
  valuesFromFormData,
} from "@/ui/evidence/evidence-payload";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import type { FormState } from "@/ui/forms/form-state";

function submissionPath(id: string): string {
  return `/dashboard/submissions/${encodeURIComponent(id)}`;
}

/**
 * Saves the edited evidence and files of a PENDING submission. The page binds the id
 * and activity; updateSubmission checks ownership and status and re-validates against
 * the stored activity, so a tampered binding can only fail.
 */
export async function saveEvidence(
  id: string,
  activity: ActivityCode,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isActivityCode(activity)) return { status: "error", message: "Unknown activity." };
  const values = valuesFromFormData(activity, formData);
  try {
    const user = await requireUser();
    const input = updateSubmissionInput.parse({
      payload: payloadFromValues(activity, values),
      attachments: formData.getAll("attachments").filter((key) => typeof key === "string"),
    });
    await updateSubmission(user, id, input);
  } catch (error) {
    return formErrorState(error, values, evidenceFieldOfPath);
  }
  redirect(`${submissionPath(id)}?notice=saved`);
}

/** PUBLIC ⇄ PRIVATE, allowed at any status (docs/product.md §4). */
export async function changeVisibility(
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    const user = await requireUser();
    const input = updateSubmissionInput.parse({ visibility: formText(formData, "visibility") });
    const saved = await updateSubmission(user, id, input);
    // The page around the switch shows the visibility too: render it again.
    refresh();
    return {
      status: "success",
      message: saved.visibility === "PUBLIC" ? "It is public now." : "It is private now.",
    };
  } catch (error) {
    return formErrorState(error);
  }
}

/** Deletes a PENDING submission (docs/product.md §4), then back to the dashboard. */
export async function withdrawEvidence(id: string): Promise<FormState> {
  try {
    const user = await requireUser();
    await withdrawSubmission(user, id);
  } catch (error) {
    return formErrorState(error);
  }
  redirect("/dashboard?notice=withdrawn");
}
