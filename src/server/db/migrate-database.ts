import "server-only";
import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import pg from "pg";
import { detectHelperSchema } from "./detect-helper-schema";
import { grantOwnerRowAccess } from "./grant-owner-row-access";
import type { HelperSchema } from "./helper-schema";
import { rewriteHelperSchema } from "./rewrite-helper-schema";
import type { Database } from "./types";
import { withholdApiDefaultPrivileges } from "./withhold-api-default-privileges";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/** Any constant works; it only has to be the same for every instance of the app. */
const MIGRATION_LOCK_KEY = 7_235_001;

type Queryable = Pick<pg.ClientBase, "query">;

/**
 * Applies the committed SQL migrations in drizzle/ in one transaction. On PostgreSQL
 * several app instances may start at once, so they take turns under a transaction-scoped
 * advisory lock: behind a transaction pooler (PgBouncer, Supabase's pooler) a session
 * lock could be taken and released on different server connections, an xact lock lives
 * and dies with the one transaction that holds it. `migrationUrl` (DATABASE_MIGRATION_URL)
 * migrates over a direct connection instead of the app's pool. PGlite has only this process.
 */
export async function migrateDatabase(
  database: Database,
  options: { migrationUrl?: string; helperSchema?: HelperSchema } = {},
): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.engine === "pglite") {
    await migratePglite(database.db as PgliteDatabase<Record<string, unknown>>, config);
    return;
  }
  if (options.migrationUrl) {
    const client = new pg.Client({ connectionString: options.migrationUrl });
    await client.connect();
    try {
      await migrateInOneTransaction(client, options.helperSchema);
    } finally {
      await client.end();
    }
    return;
  }
  const client = await database.client.connect();
  try {
    await migrateInOneTransaction(client, options.helperSchema);
  } finally {
    client.release();
  }
}

/**
 * What drizzle's migrator does (same bookkeeping table, same "newer than the last applied"
 * rule, the hash of the committed file), but with the lock, the bookkeeping and the
 * migrations in a single transaction. Where the `auth` schema is not ours (hosted
 * Supabase) the claim helpers' references are moved to `leaps_auth`, and where the owner
 * cannot bypass row level security it gets a policy instead; a Supabase project's default
 * grants to the API roles are withheld first (decision 026).
 * `helperSchema` overrides the detection (the drift check's reference database).
 */
async function migrateInOneTransaction(
  client: Queryable,
  helperSchemaOverride?: HelperSchema,
): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    // Quieten the NOTICEs of idempotent statements (role already exists, etc.).
    await client.query("SET LOCAL client_min_messages = warning");
    await client.query("CREATE SCHEMA IF NOT EXISTS drizzle");
    await client.query(`CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (
      id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
    const { rows } = await client.query<{ created_at: string }>(
      "SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1",
    );
    const last = rows[0] ? Number(rows[0].created_at) : undefined;
    const pending = migrations.filter((m) => last === undefined || m.folderMillis > last);
    const helperSchema = helperSchemaOverride ?? (await detectHelperSchema(client));
    if (pending.length > 0) await withholdApiDefaultPrivileges(client);
    for (const migration of pending) {
      for (const statement of migration.sql) {
        await client.query(rewriteHelperSchema(statement, helperSchema));
        // Right after RLS is turned on, so the migration's own seed rows can be written.
        if (/ROW\s+LEVEL\s+SECURITY/i.test(statement)) await grantOwnerRowAccess(client);
      }
      await grantOwnerRowAccess(client);
      await client.query(
        "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)",
        [migration.hash, migration.folderMillis],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
