import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function MailLoading() {
  const t = useTranslations("mailAdmin");
  return <LoadingStatus label={t("loading")} />;
}
