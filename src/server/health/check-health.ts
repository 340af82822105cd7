import "server-only";
import { sql } from "drizzle-orm";
import { countPendingMigrations } from "../db/count-pending-migrations";
import { getDatabase } from "../db/get-database";
import { getEnv } from "../env";
import { logError } from "../log";

export type HealthReport =
  { status: "ok"; database: "ok" } | { status: "error"; database: "unavailable"; reason: string };

const PING_TIMEOUT_MS = 3_000;

/** Pings the database; the reason given to callers never includes driver internals. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await withTimeout(ping(), PING_TIMEOUT_MS);
    return { status: "ok", database: "ok" };
  } catch (error) {
    logError("health.database", error);
    const reason =
      error instanceof TimeoutError
        ? "the database did not answer in time"
        : error instanceof SchemaBehindError
          ? "the database schema is behind: run npm run db:migrate (MIGRATE_ON_START=false)"
          : "the database cannot be reached or is not migrated";
    return { status: "error", database: "unavailable", reason };
  }
}

async function ping(): Promise<void> {
  const database = await getDatabase();
  await database.db.execute(sql`SELECT 1`);
  // A server that migrates at start is never behind; one that does not must say so.
  if (getEnv().MIGRATE_ON_START) return;
  const pending = await countPendingMigrations(database);
  if (pending > 0) throw new SchemaBehindError(`${pending} migrations not applied`);
}

class TimeoutError extends Error {}
class SchemaBehindError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
