import { LoadingStatus } from "@/ui/common/loading-status";

export default function ReviewSubmissionLoading() {
  return <LoadingStatus label="Loading the submission…" />;
}
