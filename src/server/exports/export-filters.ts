import { z } from "zod";
import { withIsoDates } from "@/i18n/local-date-input";
import { errorKey } from "@/server/messages/error-text";
import { ROLES, SUBMISSION_STATUSES } from "../db/schema";
import { PERIODS } from "../leaderboard/leaderboard-views";

export const EXPORT_KINDS = ["submissions", "users", "leaderboard", "points", "audit"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const day = z.iso.date({ error: errorKey("errors.zod.format.date") });
const text = z.string().trim().min(1).max(100);
const activity = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z_]{1,40}$/, errorKey("errors.activities.unknown"));

/** Every filter an export accepts; each kind reads the ones that apply to it. */
export const exportFilterFields = z
  .object({
    from: day.optional(),
    to: day.optional(),
    cohort: text.optional(),
    activity: activity.optional(),
    status: z.enum(SUBMISSION_STATUSES).optional(),
    role: z.enum(ROLES).optional(),
    q: text.optional(),
    action: text.optional(),
    // The audit log viewer's filters (an id or a user's handle), so its CSV link matches it.
    actor: text.optional(),
    target: text.optional(),
    period: z.enum(PERIODS).default("all"),
  })
  .strict();

/**
 * The filters of a query string; empty parameters (blank form fields) count as absent,
 * and days may come as the export forms type them (dd/mm/yyyy) as well as ISO.
 */
export const exportFilters = z
  .preprocess(
    (query) =>
      withIsoDates(
        Object.fromEntries(
          Object.entries(query as Record<string, string>).filter(([, value]) => value !== ""),
        ),
        ["from", "to"],
      ),
    exportFilterFields,
  )
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: errorKey("errors.validation.startAfterEnd"),
    path: ["from"],
  });
export type ExportFilters = z.output<typeof exportFilters>;
