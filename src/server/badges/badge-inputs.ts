import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";
import type { badges } from "../db/schema";
import { badgeCriteria } from "./badge-criteria";

/** Input schemas and the API shape of badges, shared by the badge functions. */
const badgeFields = {
  name: z.string().trim().min(2).max(100),
  description: z.string().trim().min(2).max(500),
  criteria: badgeCriteria,
  iconUrl: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .transform((value) => (value ? value : null))
    .refine(
      (value) => value === null || value.startsWith("https://"),
      errorKey("errors.validation.httpsAddress"),
    ),
};

export const createBadgeInput = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, errorKey("errors.validation.badgeCode")),
    ...badgeFields,
    iconUrl: badgeFields.iconUrl.optional().default(null),
  })
  .strict();
export const updateBadgeInput = z.object(badgeFields).partial().strict();

export interface BadgeDto {
  code: string;
  name: string;
  description: string;
  criteria: unknown;
  iconUrl: string | null;
}

export const toBadgeDto = (row: typeof badges.$inferSelect): BadgeDto => ({
  code: row.code,
  name: row.name,
  description: row.description,
  criteria: row.criteria,
  iconUrl: row.icon_url,
});
