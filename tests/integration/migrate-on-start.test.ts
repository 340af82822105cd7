/**
 * MIGRATE_ON_START=false: the server opens the database without migrating it, and
 * /api/health says the schema is behind until `npm run db:migrate` (migrateDatabase) ran.
 * On embedded PGlite whatever the run's engine: the switch is above the driver.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { GET as health } from "../../src/app/api/health/route";
import { closeDatabase, getDatabase } from "../../src/server/db/get-database";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { queryRows } from "../../src/server/db/query-rows";

const saved = { ...process.env };
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-no-migrate-"));
  Object.assign(process.env, { DATABASE_URL: "", DATA_DIR: dataDir, MIGRATE_ON_START: "false" });
});

afterAll(async () => {
  await closeDatabase();
  process.env = saved;
  rmSync(dataDir, { recursive: true, force: true });
});

test("the server does not migrate; health is 503 'schema behind' until the release step ran", async () => {
  const database = await getDatabase();
  const [table] = await queryRows<{ exists: boolean }>(
    database,
    sql`SELECT to_regclass('public.users') IS NOT NULL AS exists`,
  );
  expect(table!.exists).toBe(false);

  const before = await health(new Request("http://localhost/api/health"));
  expect(before.status).toBe(503);
  expect((await before.json()).reason).toMatch(/schema is behind.*npm run db:migrate/);

  await migrateDatabase(database);
  const after = await health(new Request("http://localhost/api/health"));
  expect(after.status).toBe(200);
  expect(await after.json()).toEqual({ status: "ok", database: "ok" });
});
