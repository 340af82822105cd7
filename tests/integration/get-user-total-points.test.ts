/** get_user_total_points(): the caller's own total, anyone's for an admin, else NULL. */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { withUser } from "../../src/server/db/with-user";
import { addPoints, createUser, type TestUser } from "../helpers/factories";
import { queryRows } from "../../src/server/db/query-rows";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const totalAs = async (caller: TestUser | null, target: TestUser) => {
  const query = sql`SELECT get_user_total_points(${target.id}) AS total`;
  const rows = caller
    ? await withUser({ userId: caller.id, role: caller.role }, (tx) =>
        queryRows<{ total: number | null }>(tx, query),
      )
    : await asVisitor((tx) => queryRows<{ total: number | null }>(tx, query));
  return rows[0]!.total;
};

describe("get_user_total_points", () => {
  let owner: TestUser;
  let other: TestUser;
  let reviewer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    owner = await createUser();
    other = await createUser();
    reviewer = await createUser({ role: "REVIEWER" });
    admin = await createUser({ role: "ADMIN" });
    await addPoints(owner.id, 50);
    await addPoints(owner.id, 20, { activity: "LEARN" });
    await addPoints(owner.id, -5);
  });

  test("returns the caller's own total", async () => {
    expect(await totalAs(owner, owner)).toBe(65);
    expect(await totalAs(other, other)).toBe(0);
  });

  test("an admin gets anyone's total", async () => {
    expect(await totalAs(admin, owner)).toBe(65);
  });

  test("anyone else gets NULL: another participant, a reviewer, a visitor", async () => {
    expect(await totalAs(other, owner)).toBeNull();
    expect(await totalAs(reviewer, owner)).toBeNull();
    expect(await totalAs(null, owner)).toBeNull();
  });
});
