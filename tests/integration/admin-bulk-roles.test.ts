/**
 * POST /api/admin/users/roles: one role for many users by the single change's rules,
 * all or nothing, one audit row per changed user.
 */
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as rolesRoute } from "../../src/app/api/admin/users/roles/route";
import { privileged } from "../../src/server/db/privileged";
import { audit_log, users, type Role } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

const SYSTEM = { system: "test" } as const;
let superadmin: { cookie: string; id: string };
let admin: { cookie: string; id: string };
let reviewer: { cookie: string; id: string };

async function account(name: string, role: Role) {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) {
    await privileged(SYSTEM, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
  }
  return { cookie, id: user.id };
}

const change = (cookie: string, body: unknown) =>
  call(rolesRoute, "POST", "/api/admin/users/roles", { cookie, body });

const rolesOf = async (ids: string[]) =>
  Object.fromEntries(
    (
      await privileged(SYSTEM, (tx) =>
        tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, ids)),
      )
    ).map((row) => [row.id, row.role]),
  );

const auditsAbout = (ids: string[]) =>
  privileged(SYSTEM, (tx) => tx.select().from(audit_log).where(inArray(audit_log.target_id, ids)));

const participants = async (n: number) =>
  Promise.all(Array.from({ length: n }, () => createUser())).then((rows) => rows.map((r) => r.id));

beforeAll(async () => {
  superadmin = await account("Sue Super", "SUPERADMIN");
  admin = await account("Adam Admin", "ADMIN");
  reviewer = await account("Rita Reviewer", "REVIEWER");
});

describe("POST /api/admin/users/roles", () => {
  test("an admin makes several participants reviewers: one audit row each", async () => {
    const ids = await participants(3);
    const response = await change(admin.cookie, { userIds: [...ids, ids[0]], role: "REVIEWER" });
    expect(response.status).toBe(200);
    expect(response.body.updated.toSorted()).toEqual(ids.toSorted());
    expect(Object.values(await rolesOf(ids))).toEqual(["REVIEWER", "REVIEWER", "REVIEWER"]);
    const audits = await auditsAbout(ids);
    expect(audits).toHaveLength(3);
    for (const row of audits) {
      expect(row).toMatchObject({
        actor_id: admin.id,
        action: "user.admin_update",
        meta: { before: { role: "PARTICIPANT" }, after: { role: "REVIEWER" } },
      });
    }
    // Again: nothing changes, nothing is audited.
    const again = await change(admin.cookie, { userIds: ids, role: "REVIEWER" });
    expect(again.body).toEqual({ updated: [], unchanged: ids.toSorted() });
    expect(await auditsAbout(ids)).toHaveLength(3);
  });

  test("one refused user refuses the lot (all or nothing), naming who and why", async () => {
    const ids = await participants(2);
    const staff = await createUser({ role: "ADMIN" });
    const response = await change(admin.cookie, {
      userIds: [...ids, staff.id],
      role: "REVIEWER",
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/No role was changed: 1 of the 3/);
    expect(JSON.stringify(response.body.error.details)).toContain(staff.handle);
    expect(await rolesOf([...ids, staff.id])).toEqual({
      [ids[0]!]: "PARTICIPANT",
      [ids[1]!]: "PARTICIPANT",
      [staff.id]: "ADMIN",
    });
    expect(await auditsAbout([...ids, staff.id])).toHaveLength(0);
  });

  test("only a superadmin grants admin; nobody changes their own role", async () => {
    const ids = await participants(2);
    expect((await change(admin.cookie, { userIds: ids, role: "ADMIN" })).status).toBe(403);
    const own = await change(superadmin.cookie, {
      userIds: [...ids, superadmin.id],
      role: "ADMIN",
    });
    expect(own.status).toBe(403);
    expect(JSON.stringify(own.body.error.details)).toContain("your own role");
    expect(Object.values(await rolesOf(ids))).toEqual(["PARTICIPANT", "PARTICIPANT"]);
    const granted = await change(superadmin.cookie, { userIds: ids, role: "ADMIN" });
    expect(granted.status).toBe(200);
    expect(Object.values(await rolesOf(ids))).toEqual(["ADMIN", "ADMIN"]);
  });

  test("a superadmin may demote another superadmin (they stay one themselves)", async () => {
    const other = await createUser({ role: "SUPERADMIN" });
    const response = await change(superadmin.cookie, { userIds: [other.id], role: "PARTICIPANT" });
    expect(response.status).toBe(200);
    expect(await rolesOf([other.id, superadmin.id])).toEqual({
      [other.id]: "PARTICIPANT",
      [superadmin.id]: "SUPERADMIN",
    });
  });

  test("unknown users 404 and change nothing", async () => {
    const ids = await participants(1);
    const response = await change(admin.cookie, { userIds: [...ids, "nobody"], role: "REVIEWER" });
    expect(response.status).toBe(404);
    expect(await rolesOf(ids)).toEqual({ [ids[0]!]: "PARTICIPANT" });
  });

  test.each([
    [{ userIds: [], role: "REVIEWER" }],
    [{ userIds: ["x"], role: "KING" }],
    [{ userIds: ["x"] }],
    [{ userIds: Array.from({ length: 501 }, (_, i) => `u${i}`), role: "REVIEWER" }],
  ])("%# bad input is a 400", async (body) => {
    expect((await change(admin.cookie, body)).status).toBe(400);
  });

  test("reviewers may not", async () => {
    const ids = await participants(1);
    expect((await change(reviewer.cookie, { userIds: ids, role: "REVIEWER" })).status).toBe(403);
  });
});
