/** The ledger and the audit log are append-only for every role, the owner included. */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { expectRefused } from "../helpers/db-assertions";
import { addPoints, createUser } from "../helpers/factories";
import { queryRows } from "../../src/server/db/query-rows";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const APPEND_ONLY = /append-only/;

beforeAll(async () => {
  const user = await createUser();
  await addPoints(user.id, 10);
  await queryRows(
    database(),
    `INSERT INTO audit_log (actor_id, action) VALUES ('${user.id}', 'test.seeded')`,
  );
});

describe.each(["points_ledger", "audit_log"])("%s", (table) => {
  test("the owner role (the migrations' superuser) cannot UPDATE, DELETE or TRUNCATE", async () => {
    const column =
      table === "points_ledger" ? "delta_points = delta_points + 1" : "action = 'rewritten'";
    await expectRefused(queryRows(database(), `UPDATE ${table} SET ${column}`), APPEND_ONLY);
    await expectRefused(queryRows(database(), `DELETE FROM ${table}`), APPEND_ONLY);
    await expectRefused(queryRows(database(), `TRUNCATE ${table} CASCADE`), APPEND_ONLY);
  });

  test("service_role (the privileged path) cannot either", async () => {
    await expectRefused(
      privileged({ system: "test" }, (tx) => tx.execute(sql.raw(`DELETE FROM ${table}`))),
      APPEND_ONLY,
    );
  });

  test("the rows are all still there and inserts keep working", async () => {
    const [row] = await queryRows<{ n: number }>(
      database(),
      `SELECT count(*)::int AS n FROM ${table}`,
    );
    expect(row!.n).toBe(1);
  });
});
