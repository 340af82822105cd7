import type { ActivityCode } from "@/server/activities/activity-canon";
import { daysAgo, latestToday } from "@/server/activities/dates";
import { EVIDENCE_FIELDS } from "./evidence-field-specs";

/** Date field → the `min`/`max` its date picker offers. */
export type EvidenceDateBounds = Record<string, { min?: string; max: string }>;

/**
 * The date pickers' limits, from the same helpers the schema checks with: "not in the
 * future" counts the latest calendar date anywhere as today (a teacher in UTC+14 may
 * enter their today). Computed on the server and passed down, so the server render and
 * the browser agree.
 */
export function evidenceDateBounds(activity: ActivityCode, now = new Date()): EvidenceDateBounds {
  return Object.fromEntries(
    EVIDENCE_FIELDS[activity]
      .filter((field) => field.kind === "date")
      .map((field) => [
        field.name,
        {
          max: latestToday(now),
          ...(field.maxAgeDays !== undefined && { min: daysAgo(field.maxAgeDays, now) }),
        },
      ]),
  );
}
