"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { reverseApproval } from "@/server/review/reverse-approval";
import { bulkReviewInput, reverseInput, reviewInput } from "@/server/review/review-inputs";
import { reviewSubmission } from "@/server/review/review-submission";
import { quoteBulkReview } from "@/server/review/quote-bulk-review";
import { reviewSubmissionsBulk } from "@/server/review/review-submissions-bulk";
import { formAction } from "@/server/forms/form-action";
import { formText } from "@/server/forms/form-data";
import { invalidFields } from "@/server/forms/invalid-fields";
import { parseWholeNumber } from "@/ui/forms/parse-whole-number";
import { withTranslator } from "../with-translator";
import type {
  BulkItemOutcome,
  BulkReviewState,
  ReverseFormState,
  ReviewFormState,
} from "./review-states";

/** The form messages of the review actions, in the language of the page that sent them. */
const translator = async () => getTranslations("review.actions");

/** A blank note is no note: the schema then decides whether one was needed. */
const optionalNote = (note: string) => (note.trim() ? note : undefined);

/**
 * "Approve selected" / "Reject selected" on the queue: up to 50, reported per item. The
 * first submit only quotes (how many, how many points) for the reviewer to confirm;
 * Confirm sends the quoted ids back, and a selection changed since is quoted again.
 */
export const reviewSelected = withTranslator(translator, (t) =>
  formAction({
    role: "REVIEWER",
    values: (formData) => ({
      note: formText(formData, "note"),
      ids: tickedIds(formData).join(","),
    }),
    input: (values, formData) => ({
      // The confirmation panel's buttons stand in for the action they confirm.
      action: formData.has("confirm")
        ? formText(formData, "quotedAction")
        : formText(formData, "action"),
      // Each ticked row carries the version its reviewer saw (a hidden input beside it).
      items: tickedIds(formData).map((id) => ({
        id,
        version: formText(formData, `version:${id}`),
      })),
      note: optionalNote(values.note),
    }),
    schema: bulkReviewInput,
    // Nothing ticked (or too many) has no field to point at: say it in the banner.
    bannerField: "items",
    run: async (input, { user, values, formData }): Promise<BulkReviewState> => {
      const confirm = formText(formData, "confirm");
      if (confirm === "no") return { status: "idle", values };
      if (confirm !== "yes" || formText(formData, "quotedIds") !== values.ids) {
        const quote = await quoteBulkReview(
          user,
          input.items.map((item) => item.id),
        );
        return {
          status: "idle",
          values,
          confirm: { action: input.action, ids: values.ids, ...quote },
        };
      }
      const results = await reviewSubmissionsBulk(user, input);
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
      const counts = { done, failed, action: input.action };
      return {
        status: failed > 0 && done === 0 ? "error" : "success",
        message: failed === 0 ? t("bulkDone", counts) : t("bulkPartly", counts),
        action: input.action,
        results: outcomes,
        // Refused ones stay ticked so they can be looked at or retried.
        values: failed > 0 ? { ...values, ids: failedIds(outcomes) } : undefined,
      };
    },
  }),
);

/** Approve one submission, with an optional note and an optional points override. */
export const approveSubmission = withTranslator(translator, (t) =>
  formAction({
    role: "REVIEWER",
    values: (formData) => ({
      note: formText(formData, "note"),
      points: formText(formData, "points"),
    }),
    input: (values, formData) => {
      const points = parseWholeNumber(values.points);
      if (Number.isNaN(points)) {
        throw invalidFields({ points: "errors.validation.wholePointsOrBlank" });
      }
      const version = formText(formData, "version");
      return { action: "approve", version, note: optionalNote(values.note), points };
    },
    schema: reviewInput,
    run: async (input, { user }, [id]: [string]): Promise<ReviewFormState> => {
      const result = await reviewSubmission(user, id, input);
      refresh();
      return { status: "success", message: t("approved"), outcome: result };
    },
  }),
);

/** Reject one submission; the note for the educator is required. */
export const rejectSubmission = withTranslator(translator, (t) =>
  formAction({
    role: "REVIEWER",
    values: (formData) => ({ note: formText(formData, "note") }),
    input: (values, formData) => ({
      action: "reject",
      version: formText(formData, "version"),
      note: optionalNote(values.note),
    }),
    schema: reviewInput,
    run: async (input, { user }, [id]: [string]): Promise<ReviewFormState> => {
      const result = await reviewSubmission(user, id, input);
      refresh();
      return { status: "success", message: t("rejected"), outcome: result };
    },
  }),
);

/** An admin reverses an approval: note required, and an explicit confirmation. */
export const reverseSubmission = withTranslator(translator, (t) =>
  formAction({
    role: "ADMIN",
    values: (formData) => ({ note: formText(formData, "note") }),
    schema: reverseInput,
    run: async (input, { user, formData }, [id]: [string]): Promise<ReverseFormState> => {
      if (formData.get("confirm") !== "yes") {
        throw invalidFields(
          { confirm: "errors.validation.tickToConfirm" },
          "errors.validation.confirmReversal",
        );
      }
      const result = await reverseApproval(user, id, input.note);
      refresh();
      return {
        status: "success",
        message: t("reversed"),
        pointsReversed: result.pointsReversed,
      };
    },
  }),
);

function failedIds(outcomes: BulkItemOutcome[]): string {
  return outcomes
    .filter((outcome) => !outcome.ok)
    .map((outcome) => outcome.id)
    .join(",");
}

function tickedIds(formData: FormData): string[] {
  return formData.getAll("ids").filter((id) => typeof id === "string");
}
