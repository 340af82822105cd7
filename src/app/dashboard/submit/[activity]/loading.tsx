import { LoadingStatus } from "@/ui/common/loading-status";

export default function SubmitEvidenceLoading() {
  return <LoadingStatus label="Loading the evidence form…" />;
}
