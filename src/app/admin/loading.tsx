import { LoadingStatus } from "@/ui/common/loading-status";

export default function AdminLoading() {
  return <LoadingStatus label="Loading the admin console…" />;
}
