import "server-only";
import { getEnv } from "../env";
import { LeaderboardRefresher } from "../leaderboard/leaderboard-refresher";
import { serverLifecycle } from "../lifecycle/server-lifecycle";
import { logError, logInfo } from "../log";
import { startMailWorker } from "../mail/mail-worker";
import { deleteStaleUploads } from "../uploads/delete-stale-uploads";

const UPLOAD_CLEANUP_MS = 60 * 60_000;

/**
 * The server's recurring work: debounced and scheduled leaderboard refreshes, the mail
 * outbox worker (when SMTP_URL is set) and the hourly removal of uploads never attached.
 * Every app instance runs them; each job coordinates through PostgreSQL locks, so instances never do the same work twice.
 * BACKGROUND_JOBS=false (serverless) starts nothing: external schedulers call the
 * /api/cron endpoints instead (README, "Serverless and poolers"). Returns whether it started.
 */
export function startBackgroundJobs(): boolean {
  if (!getEnv().BACKGROUND_JOBS) {
    logInfo("jobs.disabled", { reason: "BACKGROUND_JOBS=false" });
    return false;
  }
  const stopRefresher = new LeaderboardRefresher().start();
  // Without SMTP_URL nothing is sent: messages wait in the outbox (/admin/mail).
  const stopMailWorker = getEnv().SMTP_URL ? startMailWorker() : () => {};
  const cleanup = () => {
    deleteStaleUploads().catch((error: unknown) => logError("uploads.cleanup", error));
  };
  cleanup();
  const cleanupTimer = setInterval(cleanup, UPLOAD_CLEANUP_MS);
  cleanupTimer.unref();
  // Stopped on shutdown before the database closes (hooks run last registered first).
  serverLifecycle()?.onShutdown.push(() => {
    stopRefresher();
    stopMailWorker();
    clearInterval(cleanupTimer);
    logInfo("jobs.stopped");
  });
  return true;
}
