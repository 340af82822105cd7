import "server-only";
import { getEnv } from "../env";
import { serverLifecycle } from "../lifecycle/server-lifecycle";
import { logError, logInfo } from "../log";
import { closeDatabase, getDatabase } from "./get-database";

/**
 * Server start-up: migrate now rather than on the first request (unless
 * MIGRATE_ON_START=false), and close the database cleanly on shutdown (PGlite flushes
 * its files on close). A failure is
 * logged, not thrown: the server stays up and /api/health reports 503 with a reason
 * until the database is reachable. Returns whether the database is ready.
 */
export async function startServerDatabase(): Promise<boolean> {
  let ready = true;
  try {
    const database = await getDatabase();
    logInfo("database.ready", { engine: database.engine, migrated: getEnv().MIGRATE_ON_START });
  } catch (error) {
    logError("database.start", error);
    ready = false;
  }
  const lifecycle = serverLifecycle();
  if (lifecycle) {
    // scripts/serve.mjs closes the pool after the last in-flight request has been answered.
    lifecycle.onShutdown.push(async () => {
      await closeDatabase();
      logInfo("database.closed");
    });
    return ready;
  }
  // `next start`: Next.js handles the signals itself; this only closes the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void closeDatabase().finally(() => process.exit(0));
    });
  }
  return ready;
}
