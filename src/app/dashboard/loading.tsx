import { LoadingStatus } from "@/ui/loading-status";

export default function DashboardLoading() {
  return <LoadingStatus label="Loading your dashboard…" />;
}
