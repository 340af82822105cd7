import "server-only";
import path from "node:path";
import { getEnv } from "../env";
import { migrateDatabase } from "./migrate-database";
import { openDatabase } from "./open-database";
import type { Database } from "./types";

/**
 * The process-wide database, opened and migrated once (unless MIGRATE_ON_START=false:
 * then `npm run db:migrate` is a release step and this process never migrates). It lives on globalThis because
 * Next.js may evaluate this module more than once (dev reloads, separate bundles), and
 * PGlite must never open the same data directory twice.
 */
const holder = globalThis as typeof globalThis & { __leapsDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.__leapsDatabase ??= openFromEnv().catch((error: unknown) => {
    // Forget a failed start (e.g. PostgreSQL not up yet) so the next call tries again.
    holder.__leapsDatabase = undefined;
    throw error;
  });
  return holder.__leapsDatabase;
}

/** Uses an already opened (and migrated) database instead, e.g. one per test file. */
export function setDatabase(database: Database): void {
  holder.__leapsDatabase = Promise.resolve(database);
}

/** Closes the process-wide database, if one was opened. */
export async function closeDatabase(): Promise<void> {
  const pending = holder.__leapsDatabase;
  holder.__leapsDatabase = undefined;
  if (pending) await (await pending).close();
}

async function openFromEnv(): Promise<Database> {
  const env = getEnv();
  const database = env.DATABASE_URL
    ? await openDatabase({
        engine: "postgres",
        url: env.DATABASE_URL,
        poolMax: env.DATABASE_POOL_MAX,
      })
    : await openDatabase({ engine: "pglite", dataDir: path.resolve(env.DATA_DIR, "pglite") });
  if (!env.MIGRATE_ON_START) return database;
  try {
    await migrateDatabase(database, { migrationUrl: env.DATABASE_MIGRATION_URL });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
