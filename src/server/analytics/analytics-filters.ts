import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";

/** The longest range the overview charts week by week (about two years). */
export const MAX_RANGE_DAYS = 731;
/** Without dates the overview shows the last twelve weeks, today included. */
export const DEFAULT_RANGE_DAYS = 84;

const day = z.iso.date({ error: errorKey("errors.zod.format.date") });

/** The filters' fields, as the OpenAPI document lists them. */
export const analyticsFilterFields = z
  .object({
    from: day.optional(),
    to: day.optional(),
    cohort: z
      .string()
      .trim()
      .min(1)
      .max(100, errorKey("errors.validation.cohortTooLong"))
      .optional(),
  })
  .strict();

/**
 * The overview's filters as the page's GET form and `GET /api/admin/analytics` send them
 * (empty fields count as absent), resolved to a UTC date range, both ends inclusive
 * (docs/product.md §15; docs/decisions/021-admin-analytics-and-audit.md).
 */
export const analyticsFilters = z
  .preprocess(
    (query) =>
      Object.fromEntries(
        Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ""),
      ),
    analyticsFilterFields,
  )
  .transform((input) => {
    const to = input.to ?? (input.from ? addDays(input.from, DEFAULT_RANGE_DAYS - 1) : today());
    const from = input.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
    return { from, to, cohort: input.cohort ?? null };
  })
  .refine((f) => f.from <= f.to, {
    message: errorKey("errors.validation.startAfterEnd"),
    path: ["from"],
  })
  .refine((f) => daysBetween(f.from, f.to) < MAX_RANGE_DAYS, {
    message: errorKey("errors.validation.rangeTooLong"),
    params: { max: MAX_RANGE_DAYS },
    path: ["to"],
  });

export type AnalyticsFilters = z.output<typeof analyticsFilters>;

const today = () => new Date().toISOString().slice(0, 10);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
