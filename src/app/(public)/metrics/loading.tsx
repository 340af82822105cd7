import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function MetricsLoading() {
  const t = useTranslations("metrics");
  return <LoadingStatus label={t("loading")} />;
}
