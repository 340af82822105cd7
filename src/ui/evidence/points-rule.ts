import { useTranslations } from "next-intl";
import type { ActivityCode } from "@/server/activities/activity-canon";
import {
  AMPLIFY_MAX_PEERS,
  AMPLIFY_MAX_STUDENTS,
  AMPLIFY_POINTS_PER_PEER,
  AMPLIFY_POINTS_PER_STUDENT,
  AMPLIFY_WINDOW_DAYS,
} from "@/server/activities/amplify-rules";
import { LEARN_POINTS_PER_COURSE } from "@/server/activities/points-rules";

/**
 * How an activity earns points, in the reader's language: the same rule values the server
 * applies (pointsRuleText in src/server/activities/points-wording.ts says it in English
 * for the API). `defaultPoints` is the activity's default points (LEARN's cap).
 */
export function usePointsRule() {
  const t = useTranslations("evidence");
  return (activity: ActivityCode, defaultPoints: number): string =>
    t(`pointsRule.${activity}`, {
      points: defaultPoints,
      perCourse: LEARN_POINTS_PER_COURSE,
      perPeer: AMPLIFY_POINTS_PER_PEER,
      perStudent: AMPLIFY_POINTS_PER_STUDENT,
      maxPeers: AMPLIFY_MAX_PEERS,
      maxStudents: AMPLIFY_MAX_STUDENTS,
      windowDays: AMPLIFY_WINDOW_DAYS,
    });
}
