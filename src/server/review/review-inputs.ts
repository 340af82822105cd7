import { z } from "zod";

export const reviewNote = z
  .string()
  .trim()
  .min(1, "Write a note.")
  .max(1000, "Use at most 1000 characters.");

/** An optional note: blank counts as none (forms and API clients send ""). */
const optionalNote = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  reviewNote.optional(),
);

/** The `version` the reviewer saw, echoed unchanged from the review detail or queue. */
const VERSION_MISSING = "Send the submission's version as you loaded it.";
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
        message: "Rejecting needs a note for the educator.",
      });
    }
    if (value.points !== undefined && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "A points override needs a note." });
    }
    if (value.action === "reject" && value.points !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["points"],
        message: "Points are only given when approving.",
      });
    }
  });
export type ReviewInput = z.infer<typeof reviewInput>;

export const bulkReviewInput = z
  .object({
    action: z.enum(["approve", "reject"]),
    items: z
      .array(z.object({ id: z.string().min(1).max(100), version }).strict())
      .min(1, "Select at least one submission.")
      .max(50, "At most 50 at a time."),
    note: optionalNote,
  })
  .strict()
  .refine((value) => value.action === "approve" || Boolean(value.note), {
    path: ["note"],
    message: "Rejecting needs a note for the educators.",
  });
export type BulkReviewInput = z.infer<typeof bulkReviewInput>;

export const reverseInput = z.object({ note: reviewNote }).strict();
