import { ACTIVITY_CANON, type ActivityCode } from "../activities/activity-canon";
import { errorText, type ErrorText } from "../messages/error-text";

/** What an activity's attachments are, in words ("evidence from the class"). */
export function attachmentLabel(activity: ActivityCode): ErrorText {
  return errorText("errors.submissions.attachmentLabel", { activity });
}

/**
 * What is wrong with the number of attached files, or undefined when it fits: the
 * server's wording of attachmentCountProblem (activity-canon.ts), in no language yet.
 */
export function attachmentCountText(activity: ActivityCode, count: number): ErrorText | undefined {
  const { min, max } = ACTIVITY_CANON[activity].attachments;
  if (count >= min && count <= max) return undefined;
  const label = attachmentLabel(activity);
  return min === max
    ? errorText("errors.submissions.attachExactly", { count: min, label })
    : errorText("errors.submissions.attachBetween", { min, max, label });
}
