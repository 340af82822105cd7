import { useTranslations } from "next-intl";
import { badgeCriteria } from "@/server/badges/badge-criteria";
import { activityName } from "@/ui/activities/activity-name";

/**
 * A badge's criteria as a sentence in the reader's language, e.g. "At least 1 approved
 * Explore submission". (The narrative inside a signed credential is written elsewhere,
 * in English, by src/server/credentials.)
 */
export function CriteriaDescription({ criteria }: { criteria: unknown }) {
  const t = useTranslations("badgesAdmin.criteria");
  const parsed = badgeCriteria.safeParse(criteria);
  if (!parsed.success) return t("unrecognised", { criteria: JSON.stringify(criteria) });
  const c = parsed.data;
  switch (c.kind) {
    case "total_points":
      return t("total_points", { min: c.min });
    case "activity_points":
      return t("activity_points", { min: c.min, activity: activityName(c.activity) });
    case "approved_count":
      return t("approved_count", { min: c.min, activity: activityName(c.activity) });
    case "amplify_reach":
      return t("amplify_reach", { peers: c.peers, students: c.students });
    case "all_activities":
      return t("all_activities");
    case "manual":
      return t("manual");
  }
}
