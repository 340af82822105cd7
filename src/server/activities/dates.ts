import { z } from "zod";
import { errorKey } from "../messages/error-text";

/**
 * Today's date somewhere on Earth: "not in the future" must accept a teacher in UTC+14
 * entering today's date, so the latest calendar date anywhere counts as today.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The date `days` before the earliest "today" anywhere (UTC−12). */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000 - days * 24 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
}

/** A calendar date `YYYY-MM-DD` that exists and is not in the future. */
export const pastDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, errorKey("errors.zod.format.date"))
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    errorKey("errors.validation.realDate"),
  )
  .refine((value) => value <= latestToday(), errorKey("errors.validation.futureDate"));
