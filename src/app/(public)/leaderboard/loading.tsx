import { LoadingStatus } from "@/ui/common/loading-status";

export default function LeaderboardLoading() {
  return <LoadingStatus label="Loading the leaderboard…" />;
}
