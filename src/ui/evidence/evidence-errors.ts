import type { z } from "zod";
import { ACTIVITY_CANON, type ActivityCode } from "@/server/activities/activity-canon";
import { payloadFromValues, type EvidenceValues } from "./evidence-payload";

/** Words for one schema issue of a field, given what the field holds as typed. */
export type DescribeEvidenceIssue = (
  field: string,
  issue: z.core.$ZodIssue,
  typed: string,
) => string;

/**
 * The activity's own schema applied to the form as typed, for inline errors: field →
 * its first problem in the reader's words (`describe`, from useEvidenceProblem). The
 * server applies the same schema again and has the last word.
 */
export function evidenceErrors(
  activity: ActivityCode,
  values: EvidenceValues,
  describe: DescribeEvidenceIssue,
): Record<string, string> {
  const result = ACTIVITY_CANON[activity].payload.safeParse(payloadFromValues(activity, values));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field) errors[field] ??= describe(field, issue, values[field] ?? "");
  }
  return errors;
}
