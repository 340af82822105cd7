import { z } from "zod";
import { errorKey } from "../messages/error-text";

/** The bounds of an activity's default points (the database checks the same). */
export const DEFAULT_POINTS_MIN = 0;
export const DEFAULT_POINTS_MAX = 1000;
export const ACTIVITY_DESCRIPTION_MAX = 1000;

/**
 * Activities whose point rules never read default_points (docs/product.md §3): AMPLIFY
 * credits per person trained and SHINE is recognition only. Their default stays 0 so the
 * table never suggests points the rules would not pay.
 */
export const RULE_FIXED_POINTS: Record<string, string> = {
  AMPLIFY:
    "Amplify points come from the people trained (2 per peer, 1 per student), so its default stays 0.",
  SHINE: "Shine is recognised with a badge, not points, so its default stays 0.",
};

/** The editable fields; the page's form sends only those changed (maybe none). */
export const activityEditFields = z
  .object({
    defaultPoints: z
      .number({ error: errorKey("errors.validation.wholePoints") })
      .int(errorKey("errors.validation.wholePoints"))
      .min(DEFAULT_POINTS_MIN, errorKey("errors.validation.atLeastPoints"))
      .max(DEFAULT_POINTS_MAX, errorKey("errors.validation.atMostPoints"))
      .optional(),
    description: z
      .string()
      .trim()
      .max(ACTIVITY_DESCRIPTION_MAX, errorKey("errors.validation.atMostCharacters"))
      .optional(),
  })
  .strict();

/** `PATCH /api/admin/activities/<code>`: at least one field. */
export const activityEditInput = activityEditFields.refine(
  (input) => input.defaultPoints !== undefined || input.description !== undefined,
  {
    message: errorKey("errors.validation.sendActivityField"),
  },
);
export type ActivityEditInput = z.infer<typeof activityEditInput>;
