import { LoadingStatus } from "@/ui/common/loading-status";

export default function MailLoading() {
  return <LoadingStatus label="Loading the mail outbox…" />;
}
