import { AppError } from "../errors";
import { issueProblems } from "../messages/zod-issue-text";
import { ACTIVITY_CANON, type ActivityCode } from "./activity-canon";

/** The activity's payload schema applied; errors name fields as `payload.<field>`. */
export function parsePayload(activity: ActivityCode, payload: unknown): unknown {
  const result = ACTIVITY_CANON[activity].payload.safeParse(payload);
  if (result.success) return result.data;
  throw new AppError("VALIDATION_FAILED", "errors.activities.evidenceInvalid", {
    details: issueProblems(result.error, ["payload"]),
  });
}
