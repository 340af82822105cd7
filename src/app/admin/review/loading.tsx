import { LoadingStatus } from "@/ui/common/loading-status";

export default function ReviewQueueLoading() {
  return <LoadingStatus label="Loading the review queue…" />;
}
