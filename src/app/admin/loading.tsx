import { LoadingStatus } from "@/ui/loading-status";

export default function AdminLoading() {
  return <LoadingStatus label="Loading the admin console…" />;
}
