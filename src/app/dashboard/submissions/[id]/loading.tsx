import { LoadingStatus } from "@/ui/loading-status";

export default function SubmissionLoading() {
  return <LoadingStatus label="Loading your submission…" />;
}
