"use server";

import { redirect } from "next/navigation";
import { isActivityCode, type ActivityCode } from "@/server/activities/activity-canon";
import { previewCredit } from "@/server/credit/preview-credit";
import { requireUser } from "@/server/auth/guards";
import { AppError } from "@/server/errors";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import type { FormState } from "@/server/forms/form-state";
import { logError } from "@/server/log";
import { createSubmission, createSubmissionInput } from "@/server/submissions/create-submission";
import {
  evidenceFieldOfPath,
  payloadFromValues,
  valuesFromFormData,
} from "@/ui/evidence/evidence-payload";
import type { EvidenceValues } from "@/ui/evidence/evidence-payload";
import type { PointsQuote } from "@/ui/evidence/points-quote";

/**
 * Sends new evidence (bound to its activity by the page). Refusals come back as form
 * state: field messages under their fields (`payload.reflection` → reflection), and
 * limits (hourly cap, AMPLIFY window, LEARN already done) in the banner, in the
 * domain's own words. Success opens the new submission's page.
 */
export const submitEvidence = formAction({
  role: "PARTICIPANT",
  values: (formData, [activity]: [ActivityCode]) => {
    if (!isActivityCode(activity))
      throw new AppError("VALIDATION_FAILED", "errors.activities.unknown");
    return {
      ...valuesFromFormData(activity, formData),
      visibility: formText(formData, "visibility"),
    };
  },
  input: ({ visibility, ...values }, formData, [activity]: [ActivityCode]) => ({
    activity,
    payload: payloadFromValues(activity, values),
    attachments: formData.getAll("attachments").filter((key) => typeof key === "string"),
    visibility: visibility || undefined,
  }),
  schema: createSubmissionInput,
  fieldOf: evidenceFieldOfPath,
  run: async (input, { user }): Promise<FormState> => {
    const { id } = await createSubmission(user, input);
    redirect(`/dashboard/submissions/${encodeURIComponent(id)}?notice=submitted`);
  },
});

/**
 * The live "this would earn N points" of the evidence forms: previewCredit runs the
 * same rules approval does. Null when it can't be answered (signed out, bad input).
 * Bound to the edited submission's id on the edit page (null for a new submission), so
 * an edit is not counted against its own limits.
 */
export async function previewPoints(
  submissionId: string | null,
  activity: ActivityCode,
  values: EvidenceValues,
): Promise<PointsQuote | null> {
  if (!isActivityCode(activity) || typeof values !== "object" || values === null) return null;
  try {
    const user = await requireUser();
    const quote = await previewCredit(user, activity, payloadFromValues(activity, values), {
      submissionId: submissionId ?? undefined,
    });
    return {
      points: quote.points,
      explanation: quote.explanation,
      limited: quote.clamp !== undefined,
      refused: quote.refusal !== undefined,
    };
  } catch (error) {
    // Signed out is an expected answer; anything else is worth a log line.
    if (!(error instanceof AppError)) logError("preview.unexpected", error);
    return null;
  }
}
