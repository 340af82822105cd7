import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function SubmissionLoading() {
  const t = useTranslations("submission");
  return <LoadingStatus label={t("loading")} />;
}
