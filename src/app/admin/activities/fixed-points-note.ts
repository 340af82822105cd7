import { getTranslations } from "next-intl/server";
import {
  AMPLIFY_POINTS_PER_PEER,
  AMPLIFY_POINTS_PER_STUDENT,
} from "@/server/activities/amplify-rules";
import { RULE_FIXED_POINTS } from "@/server/activities/activity-edit-input";

/**
 * Why an activity's default points stay 0 (RULE_FIXED_POINTS, whose English the API
 * answers with), in the reader's language; null for activities whose points can change.
 */
export async function fixedPointsNote(code: string): Promise<string | null> {
  if (!RULE_FIXED_POINTS[code]) return null;
  const t = await getTranslations("adminActivities");
  return code === "SHINE"
    ? t("fixed.SHINE")
    : t("fixed.AMPLIFY", {
        perPeer: AMPLIFY_POINTS_PER_PEER,
        perStudent: AMPLIFY_POINTS_PER_STUDENT,
      });
}
