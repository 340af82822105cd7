import { LoadingStatus } from "@/ui/common/loading-status";

export default function KajabiLoading() {
  return <LoadingStatus label="Loading the Kajabi events…" />;
}
