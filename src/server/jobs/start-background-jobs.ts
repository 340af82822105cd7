import "server-only";
import { LeaderboardRefresher } from "../leaderboard/leaderboard-refresher";
import { logError } from "../log";
import { deleteStaleUploads } from "../uploads/delete-stale-uploads";

const UPLOAD_CLEANUP_MS = 60 * 60_000;

/**
 * The server's recurring work: debounced and scheduled leaderboard refreshes, and the
 * hourly removal of uploads never attached. Every app instance runs them; each job
 * coordinates through PostgreSQL locks, so instances never do the same work twice.
 */
export function startBackgroundJobs(): void {
  new LeaderboardRefresher().start();
  const cleanup = () => {
    deleteStaleUploads().catch((error: unknown) => logError("uploads.cleanup", error));
  };
  cleanup();
  setInterval(cleanup, UPLOAD_CLEANUP_MS).unref();
}
