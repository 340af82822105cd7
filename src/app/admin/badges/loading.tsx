import { LoadingStatus } from "@/ui/loading-status";

export default function BadgesLoading() {
  return <LoadingStatus label="Loading the badges…" />;
}
