import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function LeaderboardLoading() {
  const t = useTranslations("leaderboard");
  return <LoadingStatus label={t("loading")} />;
}
