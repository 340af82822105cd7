import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function KajabiLoading() {
  const t = useTranslations("kajabiAdmin");
  return <LoadingStatus label={t("loading")} />;
}
