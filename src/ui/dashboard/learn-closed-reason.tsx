import { useTranslations } from "next-intl";
import { learnRoom } from "@/server/activities/points-rules";
import type { DashboardActivity } from "@/server/dashboard/get-dashboard";

/**
 * Why the Learn form takes no more evidence, in the reader's language: the three cases
 * of learnClosedReason (src/server/dashboard/learn-closed-reason.ts), read from the same
 * counts. Shown only where the dashboard says Learn is closed.
 */
export function LearnClosedReason({ activity }: { activity: DashboardActivity }) {
  const t = useTranslations("dashboard.learnClosed");
  if (learnRoom({ points: activity.points, cap: activity.defaultPoints }) === 0) {
    return t("complete", { cap: activity.defaultPoints, points: activity.points });
  }
  return activity.approved > 0 ? t("approved") : t("pending");
}
