import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function BadgesLoading() {
  const t = useTranslations("badgesAdmin");
  return <LoadingStatus label={t("loading")} />;
}
