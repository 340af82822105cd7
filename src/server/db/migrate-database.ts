import "server-only";
import path from "node:path";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Database } from "./types";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Any constant works; it only has to be the same for every instance of the app. */
const MIGRATION_LOCK_KEY = 7_235_001;

/**
 * Applies the committed SQL migrations in drizzle/ (each file in one transaction with
 * the rest of the pending ones). On PostgreSQL several app instances may start at once,
 * so they take turns under a session advisory lock; PGlite has only this process.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.engine === "pglite") {
    await migratePglite(database.db as PgliteDatabase<Record<string, unknown>>, config);
    return;
  }
  const client = await database.client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      // Quieten the NOTICEs of idempotent statements (role already exists, etc.).
      await client.query("SET client_min_messages = warning");
      await migratePg(drizzlePg(client), config);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
