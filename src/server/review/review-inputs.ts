import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";

export const reviewNote = z
  .string()
  .trim()
  .min(1, errorKey("errors.validation.writeNote"))
  .max(1000);

/** An optional note: blank counts as none (forms and API clients send ""). */
const optionalNote = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  reviewNote.optional(),
);

/** The `version` the reviewer saw, echoed unchanged from the review detail or queue. */
const VERSION_MISSING = errorKey("errors.validation.versionMissing");
const version = z.string({ error: VERSION_MISSING }).min(1, VERSION_MISSING).max(64);

/** `POST /api/admin/submissions/<id>/review` (docs/product.md §4, §11). */
export const reviewInput = z
  .object({
    action: z.enum(["approve", "reject"]),
    version,
    note: optionalNote,
    points: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.action === "reject" && !value.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: errorKey("errors.validation.rejectNeedsNote"),
      });
    }
    if (value.points !== undefined && !value.note) {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: errorKey("errors.validation.overrideNeedsNote"),
      });
    }
    if (value.action === "reject" && value.points !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: errorKey("errors.validation.pointsOnlyWhenApproving"),
      });
    }
  });
export type ReviewInput = z.infer<typeof reviewInput>;

export const bulkReviewInput = z
  .object({
    action: z.enum(["approve", "reject"]),
    items: z
      .array(z.object({ id: z.string().min(1).max(100), version }).strict())
      .min(1, errorKey("errors.validation.selectSubmission"))
      .max(50, errorKey("errors.validation.atMostAtATime")),
    note: optionalNote,
  })
  .strict()
  .refine((value) => value.action === "approve" || Boolean(value.note), {
    path: ["note"],
    message: errorKey("errors.validation.rejectNeedsNoteBulk"),
  });
export type BulkReviewInput = z.infer<typeof bulkReviewInput>;

export const reverseInput = z.object({ note: reviewNote }).strict();
