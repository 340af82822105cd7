import { LoadingStatus } from "@/ui/loading-status";

export default function KajabiLoading() {
  return <LoadingStatus label="Loading the Kajabi events…" />;
}
