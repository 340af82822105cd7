import { LoadingStatus } from "@/ui/loading-status";

export default function SubmitEvidenceLoading() {
  return <LoadingStatus label="Loading the evidence form…" />;
}
