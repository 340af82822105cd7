"use server";

import { refresh } from "next/cache";
import { requireRole } from "@/server/auth/guards";
import { reverseApproval } from "@/server/review/reverse-approval";
import { bulkReviewInput, reverseInput, reviewInput } from "@/server/review/review-inputs";
import { reviewSubmission } from "@/server/review/review-submission";
import { reviewSubmissionsBulk } from "@/server/review/review-submissions-bulk";
import { formText } from "@/ui/forms/form-data";
import { formErrorState } from "@/ui/forms/form-error-state";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import type {
  BulkItemOutcome,
  BulkReviewState,
  ReverseFormState,
  ReviewFormState,
} from "./review-states";

/** A blank note is no note: the schema then decides whether one was needed. */
const optionalNote = (note: string) => (note.trim() ? note : undefined);

/** "Approve selected" / "Reject selected" on the queue: up to 50, reported per item. */
export async function reviewSelected(
  _previous: BulkReviewState,
  formData: FormData,
): Promise<BulkReviewState> {
  const ids = formData.getAll("ids").filter((id) => typeof id === "string");
  const values = { note: formText(formData, "note"), ids: ids.join(",") };
  try {
    const reviewer = await requireRole("REVIEWER");
    const input = bulkReviewInput.parse({
      action: formText(formData, "action"),
      // Each ticked row carries the version its reviewer saw (a hidden input beside it).
      items: ids.map((id) => ({ id, version: formText(formData, `version:${id}`) })),
      note: optionalNote(values.note),
    });
    const results = await reviewSubmissionsBulk(reviewer, input);
    refresh();
    const outcomes: BulkItemOutcome[] = results.map((result) =>
      result.ok
        ? {
            id: result.id,
            ok: true,
            status: result.status,
            pointsCredited: result.pointsCredited,
            badgesAwarded: result.badgesAwarded,
          }
        : { id: result.id, ok: false, message: result.error.message },
    );
    const failed = outcomes.filter((outcome) => !outcome.ok).length;
    const done = outcomes.length - failed;
    const verb = input.action === "approve" ? "approved" : "rejected";
    return {
      status: failed > 0 && done === 0 ? "error" : "success",
      message:
        failed === 0
          ? `${count(done)} ${verb}.`
          : `${count(done)} ${verb}; ${count(failed)} refused (see below).`,
      action: input.action,
      results: outcomes,
      // Refused ones stay ticked so they can be looked at or retried.
      values: failed > 0 ? { ...values, ids: failedIds(outcomes) } : undefined,
    };
  } catch (error) {
    const state = formErrorState(error, values);
    // Nothing ticked (or too many) has no field to point at: say it in the banner.
    return state.fieldErrors?.items ? { ...state, message: state.fieldErrors.items } : state;
  }
}

/** Approve one submission, with an optional note and an optional points override. */
export async function approveSubmission(
  id: string,
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const values = { note: formText(formData, "note"), points: formText(formData, "points") };
  const points = parseWholeNumber(values.points);
  if (Number.isNaN(points)) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: { points: "Enter a whole number of points, or leave it blank." },
      values,
    };
  }
  try {
    const reviewer = await requireRole("REVIEWER");
    const input = reviewInput.parse({
      action: "approve",
      version: formText(formData, "version"),
      note: optionalNote(values.note),
      points,
    });
    const result = await reviewSubmission(reviewer, id, input);
    refresh();
    return { status: "success", message: "Approved.", outcome: result };
  } catch (error) {
    return formErrorState(error, values);
  }
}

/** Reject one submission; the note for the educator is required. */
export async function rejectSubmission(
  id: string,
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const values = { note: formText(formData, "note") };
  try {
    const reviewer = await requireRole("REVIEWER");
    const input = reviewInput.parse({
      action: "reject",
      version: formText(formData, "version"),
      note: optionalNote(values.note),
    });
    const result = await reviewSubmission(reviewer, id, input);
    refresh();
    return { status: "success", message: "Rejected.", outcome: result };
  } catch (error) {
    return formErrorState(error, values);
  }
}

/** An admin reverses an approval: note required, and an explicit confirmation. */
export async function reverseSubmission(
  id: string,
  _previous: ReverseFormState,
  formData: FormData,
): Promise<ReverseFormState> {
  const values = { note: formText(formData, "note") };
  try {
    const admin = await requireRole("ADMIN");
    const input = reverseInput.parse(values);
    if (formData.get("confirm") !== "yes") {
      return {
        status: "error",
        message: "Confirm that you want to reverse this approval.",
        fieldErrors: { confirm: "Tick this box to confirm." },
        values,
      };
    }
    const result = await reverseApproval(admin, id, input.note);
    refresh();
    return {
      status: "success",
      message: "Approval reversed.",
      pointsReversed: result.pointsReversed,
    };
  } catch (error) {
    return formErrorState(error, values);
  }
}

function count(n: number): string {
  return `${n} ${n === 1 ? "submission" : "submissions"}`;
}

function failedIds(outcomes: BulkItemOutcome[]): string {
  return outcomes
    .filter((outcome) => !outcome.ok)
    .map((outcome) => outcome.id)
    .join(",");
}
