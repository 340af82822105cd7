import { useTranslations } from "next-intl";
import { LoadingStatus } from "@/ui/common/loading-status";

export default function ReviewSubmissionLoading() {
  return <LoadingStatus label={useTranslations("review.detail")("loading")} />;
}
