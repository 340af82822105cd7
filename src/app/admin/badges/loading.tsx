import { LoadingStatus } from "@/ui/common/loading-status";

export default function BadgesLoading() {
  return <LoadingStatus label="Loading the badges…" />;
}
