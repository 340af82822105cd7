import { LoadingStatus } from "@/ui/common/loading-status";

export default function DashboardLoading() {
  return <LoadingStatus label="Loading your dashboard…" />;
}
