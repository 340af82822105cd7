import "server-only";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER } from "./migrate-database";
import { queryRows } from "./query-rows";
import type { Database } from "./types";

let newestMigrations: number[] | undefined;

/**
 * How many committed migrations the database has not applied yet (by drizzle's rule: those
 * newer than the last one applied). For servers that do not migrate themselves.
 */
export async function countPendingMigrations(database: Database): Promise<number> {
  newestMigrations ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map(
    (migration) => migration.folderMillis,
  );
  const [table] = await queryRows<{ exists: boolean }>(
    database,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists`,
  );
  if (!table?.exists) return newestMigrations.length;
  const [row] = await queryRows<{ last: string | null }>(
    database,
    sql`SELECT max(created_at)::text AS last FROM drizzle.__drizzle_migrations`,
  );
  const last = row?.last ? Number(row.last) : -1;
  return newestMigrations.filter((millis) => millis > last).length;
}
