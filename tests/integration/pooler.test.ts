/**
 * The app behind PgBouncer in transaction mode (docs/decisions/018-pooler-safe-migrations.md):
 * instances migrating at once, and the suite's races, through a pooler that hands each
 * transaction whichever server connection is free. Run by `npm run test:pooler` (not part of
 * `npm test`: it needs PostgreSQL and pgbouncer); with no TEST_DATABASE_URL/DATABASE_URL it
 * uses the local server at 127.0.0.1:5432 as postgres.
 */
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDatabase, setDatabase } from "../../src/server/db/get-database";
import { MIGRATIONS_FOLDER, migrateDatabase } from "../../src/server/db/migrate-database";
import { openDatabase } from "../../src/server/db/open-database";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users } from "../../src/server/db/schema";
import type { Database } from "../../src/server/db/types";
import { signUp } from "../helpers/accounts";
import { submitValid } from "../helpers/evidence";
import { createUser } from "../helpers/factories";
import { deliver, KAJABI_SECRET, kajabiBody } from "../helpers/kajabi-sender";
import { startPgBouncer, type RunningPgBouncer } from "../helpers/pgbouncer";
import { reviewWithVersion } from "../helpers/review";
import {
  adminQuery,
  APP_ROLE,
  appRoleUrl,
  testPostgresUrl,
  withDatabaseName,
} from "../helpers/test-engine";

const serverUrl = testPostgresUrl() ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `leaps_pooler_${randomBytes(4).toString("hex")}`;
let bouncer: RunningPgBouncer;
let pooledUrl: string;
let database: Database | undefined;

beforeAll(async () => {
  const appUrl = await appRoleUrl(serverUrl);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" OWNER ${APP_ROLE}`);
  const serverUser = decodeURIComponent(new URL(serverUrl).username) || "postgres";
  bouncer = await startPgBouncer(serverUrl, [...new Set([APP_ROLE, serverUser])]);
  pooledUrl = bouncer.through(withDatabaseName(appUrl, name));
});

afterAll(async () => {
  await closeDatabase();
  await bouncer?.stop();
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

const open = (poolMax: number) => openDatabase({ engine: "postgres", url: pooledUrl, poolMax });
const db = () => {
  if (!database) throw new Error("the migration test runs first and opens the database");
  return database;
};

describe("migrations through PgBouncer (transaction mode)", () => {
  test("4 instances migrating at once: all succeed and every migration is applied once", async () => {
    const instances = await Promise.all([1, 2, 3, 4].map(() => open(2)));
    try {
      await Promise.all(instances.map((instance) => migrateDatabase(instance)));
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
    database = await open(20);
    setDatabase(database);
    const applied = await queryRows<{ hash: string }>(
      db(),
      sql`SELECT hash FROM drizzle.__drizzle_migrations`,
    );
    const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.hash);
    expect(applied.map((row) => row.hash).sort()).toEqual([...expected].sort());
  });

  test("migrating again is a no-op", async () => {
    await migrateDatabase(db());
    const [row] = await queryRows<{ count: number }>(
      db(),
      sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`,
    );
    expect(row!.count).toBe(readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length);
  });
});

describe("the races, through PgBouncer", () => {
  let reviewer: { cookie: string; user: { id: string } };

  beforeAll(async () => {
    await signUp("Ada Admin"); // first account: SUPERADMIN
    reviewer = await signUp("Rui Reviewer");
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
    );
  });

  test("50 simultaneous approvals of one submission: exactly one ledger row, 49 × 409", async () => {
    const educator = await signUp("Race Rachel");
    const id = await submitValid(educator.cookie, "EXPLORE");
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        reviewWithVersion(reviewer.cookie, id, { action: "approve" }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const ledger = await queryRows<{ points: number; rows: number }>(
      db(),
      sql`SELECT coalesce(sum(delta_points), 0)::int AS points, count(*)::int AS rows
          FROM points_ledger WHERE external_event_id LIKE ${`submission:${id}:%`}`,
    );
    expect(ledger[0]).toEqual({ points: 50, rows: 1 });
  });

  test("20 concurrent identical Kajabi deliveries: one credit", async () => {
    process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
    try {
      const user = await createUser();
      const body = kajabiBody({ email: user.email });
      const responses = await Promise.all(Array.from({ length: 20 }, () => deliver(body)));
      const statuses = responses.map((r) => r.body.status);
      expect(statuses.filter((s) => s === "credited")).toHaveLength(1);
      expect(statuses.filter((s) => s === "duplicate")).toHaveLength(19);
      const [learn] = await queryRows<{ points: number; rows: number }>(
        db(),
        sql`SELECT coalesce(sum(delta_points), 0)::int AS points, count(*)::int AS rows
            FROM points_ledger WHERE user_id = ${user.id} AND activity_code = 'LEARN'`,
      );
      expect(learn).toEqual({ points: 10, rows: 1 });
    } finally {
      delete process.env.KAJABI_WEBHOOK_SECRET;
    }
  });
});
