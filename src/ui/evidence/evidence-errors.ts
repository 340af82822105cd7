import { ACTIVITY_CANON, type ActivityCode } from "@/server/activities/activity-canon";
import { payloadFromValues, type EvidenceValues } from "./evidence-payload";

/**
 * The activity's own schema applied to the form as typed, for inline errors: field →
 * its first message. The server applies the same schema again and has the last word.
 */
export function evidenceErrors(
  activity: ActivityCode,
  values: EvidenceValues,
): Record<string, string> {
  const result = ACTIVITY_CANON[activity].payload.safeParse(payloadFromValues(activity, values));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (field) errors[field] ??= issue.message;
  }
  return errors;
}
