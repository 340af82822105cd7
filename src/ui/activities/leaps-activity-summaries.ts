import type { createTranslator } from "next-intl";
import { ACTIVITY_CODES, type ActivityCode } from "@/server/activities/activity-canon";
import {
  AMPLIFY_POINTS_PER_PEER,
  AMPLIFY_POINTS_PER_STUDENT,
} from "@/server/activities/amplify-rules";
import { LEARN_POINTS_PER_COURSE, SEEDED_DEFAULT_POINTS } from "@/server/activities/points-rules";
import type { Messages } from "@/i18n/messages";
import { activityName } from "./activity-name";

/** A translator of the activities: useTranslations("activities") or getTranslations("activities"). */
export type ActivitiesTranslator = ReturnType<typeof createTranslator<Messages, "activities">>;

export interface LeapsActivitySummary {
  letter: string;
  code: ActivityCode;
  /** The programme's name for the step; Learn, Explore… stay as they are in every language. */
  name: string;
  summary: string;
  points: string;
}

/**
 * The five LEAPS activities as the home page explains them, in the reader's language, their
 * points worded from the point rules (docs/product.md §3). The home page reads no
 * activity rows, so it quotes the seeded default points, not an admin's later changes.
 */
export function leapsActivitySummaries(t: ActivitiesTranslator): LeapsActivitySummary[] {
  const points: Record<ActivityCode, string> = {
    LEARN: t("points.LEARN", {
      cap: SEEDED_DEFAULT_POINTS.LEARN,
      perCourse: LEARN_POINTS_PER_COURSE,
    }),
    EXPLORE: t("points.EXPLORE", { points: SEEDED_DEFAULT_POINTS.EXPLORE }),
    AMPLIFY: t("points.AMPLIFY", {
      perPeer: AMPLIFY_POINTS_PER_PEER,
      perStudent: AMPLIFY_POINTS_PER_STUDENT,
    }),
    PRESENT: t("points.PRESENT", { points: SEEDED_DEFAULT_POINTS.PRESENT }),
    SHINE: t("points.SHINE"),
  };
  return ACTIVITY_CODES.map((code) => ({
    letter: code.charAt(0),
    code,
    name: activityName(code),
    summary: t(`summary.${code}`),
    points: points[code],
  }));
}
