import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function AdminLoading() {
  return <LoadingStatus label={useTranslations("adminNav")("loading")} />;
}
