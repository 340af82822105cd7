import { AppError } from "../errors";
import { ACTIVITY_CANON, type ActivityCode } from "./activity-canon";

/** The activity's payload schema applied; errors name fields as `payload.<field>`. */
export function parsePayload(activity: ActivityCode, payload: unknown): unknown {
  const result = ACTIVITY_CANON[activity].payload.safeParse(payload);
  if (result.success) return result.data;
  throw new AppError("VALIDATION_FAILED", "Some fields of the evidence are missing or invalid.", {
    details: result.error.issues.map((issue) => ({
      path: ["payload", ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  });
}
