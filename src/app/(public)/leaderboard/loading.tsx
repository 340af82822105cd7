import { LoadingStatus } from "@/ui/loading-status";

export default function LeaderboardLoading() {
  return <LoadingStatus label="Loading the leaderboard…" />;
}
