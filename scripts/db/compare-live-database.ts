/**
 * The live-database half of check-drift.sh: the database named by DATABASE_URL (or the
 * PGlite data directory under DATA_DIR) must have every committed migration applied, no
 * unknown ones, and the same structure as a fresh database migrated from drizzle/.
 * Exit codes: 0 in agreement (or no live database to check), 1 on drift.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { readMigrationFiles } from "drizzle-orm/migrator";
import pg from "pg";
import { detectHelperSchema } from "../../src/server/db/detect-helper-schema";
import type { HelperSchema } from "../../src/server/db/helper-schema";
import { migrateDatabase, MIGRATIONS_FOLDER } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import { queryRows } from "../../src/server/db/query-rows";
import type { Database } from "../../src/server/db/types";
import { diffFingerprints, fingerprintDatabase } from "./lib/fingerprint-database";

const url = process.env.DATABASE_URL || undefined;
const pgliteDir = path.resolve(process.env.DATA_DIR ?? "./data", "pglite");

if (!url && !existsSync(pgliteDir)) {
  console.log(
    `No live database (no DATABASE_URL, nothing at ${pgliteDir}): live comparison skipped.`,
  );
  process.exit(0);
}

const live = url
  ? await openDatabase({ engine: "postgres", url })
  : await openDatabase({ engine: "pglite", dataDir: pgliteDir });

const problems = [...(await checkAppliedMigrations(live))];
// The reference follows the live database's helper schema (decision 026): a Supabase
// project's helpers are in leaps_auth, and a fresh database there may not look like one.
const helperSchema: HelperSchema =
  live.engine === "postgres" ? await detectHelperSchema(live.client) : "auth";
const reference = await migratedReference(url, helperSchema);
try {
  problems.push(
    ...diffFingerprints(
      await fingerprintDatabase(reference.database, helperSchema),
      await fingerprintDatabase(live, helperSchema),
    ),
  );
} finally {
  await reference.dispose();
  await live.close();
}

if (problems.length > 0) {
  console.error(`Drift between the migrations and the live database (${live.engine}):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`The live database (${live.engine}) matches the migrations.`);

async function checkAppliedMigrations(database: Database): Promise<string[]> {
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.hash);
  let applied: string[] = [];
  try {
    const rows = await queryRows<{ hash: string }>(
      database,
      "SELECT hash FROM drizzle.__drizzle_migrations",
    );
    applied = rows.map((r) => r.hash);
  } catch {
    return ["the live database has no migration history (never migrated)"];
  }
  const problems: string[] = [];
  const pending = expected.filter((hash) => !applied.includes(hash)).length;
  const unknown = applied.filter((hash) => !expected.includes(hash)).length;
  if (pending > 0) problems.push(`${pending} committed migration(s) not applied`);
  if (unknown > 0)
    problems.push(
      `${unknown} applied migration(s) not among the committed files (edited or removed)`,
    );
  return problems;
}

/** A fresh database on the same engine (and server) as the live one, migrated. */
async function migratedReference(liveUrl: string | undefined, helperSchema: HelperSchema) {
  if (!liveUrl) {
    const database = await openDatabase({ engine: "pglite" });
    await migrateDatabase(database);
    return { database, dispose: () => database.close() };
  }
  const name = `leaps_drift_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: liveUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const referenceUrl = new URL(liveUrl);
  referenceUrl.pathname = `/${name}`;
  const database = await openDatabase({ engine: "postgres", url: referenceUrl.toString() });
  await migrateDatabase(database, { helperSchema });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
