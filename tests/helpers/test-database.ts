import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, setDatabase } from "../../src/server/db/get-database";
import { openDatabase } from "../../src/server/db/open-database";
import type { Database } from "../../src/server/db/types";
import { adminQuery, ownerRoleOf, testPostgresUrl, withDatabaseName } from "./test-engine";

/**
 * Gives the calling test file a database of its own, migrated, installed as the app's
 * database for withUser()/privileged(). Returns a getter (the database exists only once
 * beforeAll has run).
 */
export function setupTestDatabase(): () => Database {
  let database: Database | undefined;
  let dropName: string | undefined;

  beforeAll(async () => {
    const created = await createTestDatabase();
    database = created.database;
    dropName = created.name;
    setDatabase(database);
  });

  afterAll(async () => {
    await closeDatabase();
    if (dropName) await dropTestDatabase(dropName);
  });

  return () => {
    if (!database) throw new Error("the test database exists only inside tests and hooks");
    return database;
  };
}

/** A fresh, migrated database (PostgreSQL copy of the template, or PGlite from the dump). */
export async function createTestDatabase(): Promise<{ database: Database; name?: string }> {
  const url = testPostgresUrl();
  const template = inject("postgresTemplate");
  if (url && template) {
    const name = `${template}_${randomBytes(4).toString("hex")}`;
    const appUrl = inject("postgresAppUrl") ?? url;
    await adminQuery(
      url,
      `CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER "${ownerRoleOf(appUrl)}"`,
    );
    // A copy starts with default database privileges: redo migration 0013's REVOKE.
    await adminQuery(
      url,
      `REVOKE TEMPORARY ON DATABASE "${name}" FROM PUBLIC, anon, authenticated`,
    );
    const database = await openDatabase({
      engine: "postgres",
      url: withDatabaseName(appUrl, name),
      poolMax: 20,
    });
    return { database, name };
  }
  const dump = inject("pgliteDump");
  if (!dump) throw new Error("global setup provided no migrated database");
  const database = await openDatabase({
    engine: "pglite",
    loadDataDir: new Blob([readFileSync(dump)]),
  });
  return { database };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const url = testPostgresUrl();
  if (url) await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
