import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function SubmitEvidenceLoading() {
  const t = useTranslations("submission.submit");
  return <LoadingStatus label={t("loading")} />;
}
