import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function ReviewQueueLoading() {
  return <LoadingStatus label={useTranslations("review.queue")("loading")} />;
}
