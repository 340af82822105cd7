import { LoadingStatus } from "@/ui/common/loading-status";

export default function MetricsLoading() {
  return <LoadingStatus label="Loading the programme metrics…" />;
}
