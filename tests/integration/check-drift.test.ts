/**
 * scripts/db/check-drift.sh, both ways: silent and 0 when schema, migrations and a live
 * database agree; non-zero with a useful message when the schema or the database drifts.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { migrateDatabase } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import type { Database } from "../../src/server/db/types";
import { createTestDatabase, dropTestDatabase } from "../helpers/test-database";
import { testPostgresUrl, withDatabaseName } from "../helpers/test-engine";

const run = promisify(execFile);
const root = process.cwd();

interface Live {
  env: Record<string, string>;
  /** Runs SQL on the live database (PGlite: opens it, since only one process may). */
  execute(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

let live: Live;

beforeAll(async () => {
  live = await prepareLiveDatabase();
});
afterAll(async () => {
  await live.dispose();
});

async function checkDrift(extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...live.env, ...extraEnv };
  if (!live.env.DATABASE_URL) delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run("bash", ["scripts/db/check-drift.sh"], { cwd: root, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe("scripts/db/check-drift.sh", () => {
  test("exits 0 when schema, migrations and the live database agree", async () => {
    const result = await checkDrift();
    expect(result.output).toContain("The schema matches the migrations.");
    expect(result.output).toMatch(/The live database \((postgres|pglite)\) matches the migrations/);
    expect(result.code).toBe(0);
  });

  test("exits non-zero when the schema has a change no migration holds", async () => {
    const dir = path.join(root, `.tmp-drift-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      cpSync(path.join(root, "src/server/db/schema"), dir, { recursive: true });
      const users = readFileSync(path.join(dir, "users.ts"), "utf8").replace(
        'cohort: text("cohort"),',
        'cohort: text("cohort"),\n    nickname: text("nickname"),',
      );
      expect(users).toContain("nickname");
      writeFileSync(path.join(dir, "users.ts"), users);
      const result = await checkDrift({ SCHEMA: path.join(dir, "index.ts") });
      expect(result.code).toBe(1);
      expect(result.output).toContain('"nickname"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("exits non-zero when the live database differs from the migrations", async () => {
    await live.execute("DROP POLICY audit_log_select_admin ON audit_log");
    await live.execute("ALTER TABLE users ADD COLUMN nickname text");
    const result = await checkDrift();
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      "missing in the live database: policy audit_log.audit_log_select_admin",
    );
    expect(result.output).toContain("not in the migrations: column public.users.nickname");
  });
});

async function prepareLiveDatabase(): Promise<Live> {
  const url = testPostgresUrl();
  if (url) {
    const { database, name } = await createTestDatabase();
    return {
      env: { DATABASE_URL: withDatabaseName(url, name!) },
      execute: async (statement) => {
        await database.db.execute(sql.raw(statement));
      },
      dispose: async () => {
        await database.close();
        await dropTestDatabase(name!);
      },
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-drift-"));
  const open = () => openDatabase({ engine: "pglite", dataDir: path.join(dataDir, "pglite") });
  const database: Database = await open();
  await migrateDatabase(database);
  await database.close();
  return {
    env: { DATA_DIR: dataDir },
    execute: async (statement) => {
      const db = await open();
      try {
        await db.db.execute(sql.raw(statement));
      } finally {
        await db.close();
      }
    },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
