import { LoadingStatus } from "@/ui/common/loading-status";

export default function SubmissionLoading() {
  return <LoadingStatus label="Loading your submission…" />;
}
