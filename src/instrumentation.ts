/**
 * Runs once when a Next.js server starts: report configuration problems, then open the
 * database and apply migrations before the first request, so a fresh clone is usable
 * as soon as it is up.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkConfiguration } = await import("./server/config/check-configuration");
  checkConfiguration();
  const { requireSigningKey } = await import("./server/credentials/require-signing-key");
  // Next.js would otherwise keep running and answer every request with a 500.
  if (!(await requireSigningKey())) process.exit(1);
  const { startServerDatabase } = await import("./server/db/start-server-database");
  if (await startServerDatabase()) {
    const { startBackgroundJobs } = await import("./server/jobs/start-background-jobs");
    startBackgroundJobs();
  }
}
