import { LoadingStatus } from "@/ui/loading-status";

export default function ReviewQueueLoading() {
  return <LoadingStatus label="Loading the review queue…" />;
}
