import { LoadingStatus } from "@/ui/loading-status";

export default function MetricsLoading() {
  return <LoadingStatus label="Loading the programme metrics…" />;
}
