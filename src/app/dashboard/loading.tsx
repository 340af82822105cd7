import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function DashboardLoading() {
  const t = useTranslations("dashboard");
  return <LoadingStatus label={t("loading")} />;
}
