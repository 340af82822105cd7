import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "../db/get-database";
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
        : "the database cannot be reached or is not migrated";
    return { status: "error", database: "unavailable", reason };
  }
}

async function ping(): Promise<void> {
  const { db } = await getDatabase();
  await db.execute(sql`SELECT 1`);
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
