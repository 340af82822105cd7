import { LoadingStatus } from "@/ui/loading-status";

export default function ReviewSubmissionLoading() {
  return <LoadingStatus label="Loading the submission…" />;
}
