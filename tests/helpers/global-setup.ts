import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import {
  adminQuery,
  appRoleUrl,
  databaseNameOf,
  ownerRoleOf,
  testPostgresUrl,
  withDatabaseName,
} from "./test-engine";

/**
 * Migrates once, then every test file starts from a copy: a PostgreSQL database
 * created from a migrated template, or a PGlite data directory dumped after migrating.
 * The database named by the URL itself is migrated too, so a run also proves the
 * migrations on a fresh database as CI creates it. Test databases belong to, and are
 * used through, the app's non-superuser role (appRoleUrl).
 */
export default async function setup(project: TestProject) {
  const url = testPostgresUrl();
  if (url) {
    const target = await openDatabase({ engine: "postgres", url });
    await migrateDatabase(target);
    await target.close();

    const appUrl = await appRoleUrl(url);
    const template = `${databaseNameOf(url)}_tpl_${process.pid}`;
    await adminQuery(url, `DROP DATABASE IF EXISTS "${template}"`);
    await adminQuery(url, `CREATE DATABASE "${template}" OWNER "${ownerRoleOf(appUrl)}"`);
    const templateDb = await openDatabase({
      engine: "postgres",
      url: withDatabaseName(appUrl, template),
    });
    await migrateDatabase(templateDb);
    await templateDb.close();
    project.provide("postgresTemplate", template);
    project.provide("postgresAppUrl", appUrl);
    return async () => {
      await adminQuery(url, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    };
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "leaps-test-"));
  const database = await openDatabase({ engine: "pglite" });
  await migrateDatabase(database);
  if (database.engine !== "pglite") throw new Error("expected PGlite");
  const dump = await database.client.dumpDataDir("none");
  const dumpPath = path.join(dir, "migrated.tar");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("pgliteDump", dumpPath);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate?: string;
    postgresAppUrl?: string;
    pgliteDump?: string;
  }
}
