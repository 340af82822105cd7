/** User administration: listing, the role matrix, the last superadmin, audit, bulk cohorts. */
import { and, eq, notInArray } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as assignCohortRoute } from "../../src/app/api/admin/users/cohort/route";
import {
  GET as getUserRoute,
  PATCH as patchUserRoute,
} from "../../src/app/api/admin/users/[id]/route";
import { GET as listUsersRoute } from "../../src/app/api/admin/users/route";
import { privileged } from "../../src/server/db/privileged";
import { audit_log, users, type Role } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

interface Account {
  id: string;
  cookie: string;
}

const setRole = (id: string, role: Role) =>
  privileged({ system: "test" }, (tx) => tx.update(users).set({ role }).where(eq(users.id, id)));
const roleOf = async (id: string) =>
  (
    await privileged({ system: "test" }, (tx) =>
      tx.select({ role: users.role }).from(users).where(eq(users.id, id)),
    )
  )[0]!.role;

async function account(name: string, role: Role): Promise<Account> {
  const { user, cookie } = await signUp(name);
  if (user.role !== role) await setRole(user.id, role);
  return { id: user.id, cookie };
}

let superadmin: Account;
let admin: Account;
let reviewer: Account;
let participant: Account;

beforeAll(async () => {
  superadmin = await account("Sue Super", "SUPERADMIN"); // first account: bootstrap SUPERADMIN
  admin = await account("Adam Admin", "ADMIN");
  reviewer = await account("Rita Reviewer", "REVIEWER");
  participant = await account("Pat Participant", "PARTICIPANT");
  await privileged({ system: "test" }, (tx) =>
    tx
      .update(users)
      .set({ school: "Riverside Academy", cohort: "2026-spring" })
      .where(eq(users.id, participant.id)),
  );
});

const patchUser = (actor: Account, id: string, body: unknown) =>
  call(patchUserRoute, "PATCH", `/api/admin/users/${id}`, {
    cookie: actor.cookie,
    params: { id },
    body,
  });

describe("GET /api/admin/users", () => {
  const list = (actor: Account | null, query = "") =>
    call(listUsersRoute, "GET", `/api/admin/users${query}`, actor ? { cookie: actor.cookie } : {});

  test("401 signed out, 403 for participants and reviewers, 200 for admins", async () => {
    expect((await list(null)).status).toBe(401);
    expect((await list(participant)).status).toBe(403);
    expect((await list(reviewer)).status).toBe(403);
    const page = await list(admin);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(4);
    expect(page.body.items[0]).toHaveProperty("email");
  });

  test.each([
    ["name", "?q=rita", ["Rita Reviewer"]],
    ["handle", "?q=adam-admin", ["Adam Admin"]],
    ["school", "?q=RIVERSIDE", ["Pat Participant"]],
    [
      "email domain",
      "?q=example.test",
      ["Adam Admin", "Pat Participant", "Rita Reviewer", "Sue Super"],
    ],
    ["role", "?role=REVIEWER", ["Rita Reviewer"]],
    ["cohort", "?cohort=2026-spring", ["Pat Participant"]],
    ["a LIKE wildcard taken literally", "?q=%25", []],
  ])("filters by %s", async (_label, query, names) => {
    const page = await list(admin, query);
    expect(page.body.items.map((u: { name: string }) => u.name)).toEqual(names);
    expect(page.body.total).toBe(names.length);
  });

  test("paginates by limit and offset, ordered by name, with the cohorts in use", async () => {
    const first = await list(superadmin, "?limit=3&offset=0");
    const second = await list(superadmin, "?limit=3&offset=3");
    expect(first.body.items.map((u: { name: string }) => u.name)).toEqual([
      "Adam Admin",
      "Pat Participant",
      "Rita Reviewer",
    ]);
    expect(second.body.items.map((u: { name: string }) => u.name)).toEqual(["Sue Super"]);
    expect(first.body).toMatchObject({ total: 4, limit: 3, offset: 0, cohorts: ["2026-spring"] });
  });

  test("bad query values → 400", async () => {
    expect((await list(admin, "?limit=0")).status).toBe(400);
    expect((await list(admin, "?limit=101")).status).toBe(400);
    expect((await list(admin, "?role=KING")).status).toBe(400);
  });
});

describe("PATCH /api/admin/users/<id>: the role matrix", () => {
  // [actor, target's role, new role, expected status]
  const matrix: [string, Role, Role, number][] = [
    ["admin", "PARTICIPANT", "REVIEWER", 200],
    ["admin", "REVIEWER", "PARTICIPANT", 200],
    ["admin", "PARTICIPANT", "ADMIN", 403],
    ["admin", "PARTICIPANT", "SUPERADMIN", 403],
    ["admin", "ADMIN", "PARTICIPANT", 403],
    ["admin", "SUPERADMIN", "REVIEWER", 403],
    ["superadmin", "PARTICIPANT", "ADMIN", 200],
    ["superadmin", "ADMIN", "SUPERADMIN", 200],
    ["superadmin", "SUPERADMIN", "PARTICIPANT", 200],
    ["superadmin", "ADMIN", "REVIEWER", 200],
    ["reviewer", "PARTICIPANT", "REVIEWER", 403],
    ["participant", "PARTICIPANT", "REVIEWER", 403],
  ];

  test.each(matrix)(
    "%s changes a %s to %s → %i",
    async (actorName, targetRole, newRole, status) => {
      const actor = { admin, superadmin, reviewer, participant }[actorName]!;
      const target = await account(`Target ${targetRole}`, targetRole);
      const response = await patchUser(actor, target.id, { role: newRole });
      expect(response.status).toBe(status);
      expect(await roleOf(target.id)).toBe(status === 200 ? newRole : targetRole);
    },
  );

  test("nobody changes their own role, admins and superadmins included", async () => {
    for (const actor of [admin, superadmin]) {
      const before = await roleOf(actor.id);
      const response = await patchUser(actor, actor.id, { role: "PARTICIPANT" });
      expect(response.status).toBe(403);
      expect(await roleOf(actor.id)).toBe(before);
    }
  });

  test("every role change is one audit row with before and after", async () => {
    const target = await account("Audited Person", "PARTICIPANT");
    await patchUser(admin, target.id, { role: "REVIEWER" });
    const rows = await privileged({ system: "test" }, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, target.id)),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: admin.id,
      action: "user.admin_update",
      meta: { before: { role: "PARTICIPANT" }, after: { role: "REVIEWER" } },
    });
  });

  test("two superadmins demoting each other at once: one wins, a superadmin always remains", async () => {
    const one = await account("Super One", "SUPERADMIN");
    const two = await account("Super Two", "SUPERADMIN");
    // Only these two may be superadmins: earlier tests made others (the role matrix
    // promotes one and creates one), and with a third both demotions rightly succeed.
    const others = await privileged({ system: "test" }, (tx) =>
      tx
        .update(users)
        .set({ role: "ADMIN" })
        .where(and(eq(users.role, "SUPERADMIN"), notInArray(users.id, [one.id, two.id])))
        .returning({ id: users.id }),
    );
    const superadmins = await privileged({ system: "test" }, (tx) =>
      tx.select({ id: users.id }).from(users).where(eq(users.role, "SUPERADMIN")),
    );
    expect(superadmins.map((u) => u.id).sort()).toEqual([one.id, two.id].sort());
    try {
      const results = await Promise.all([
        patchUser(one, two.id, { role: "ADMIN" }),
        patchUser(two, one.id, { role: "ADMIN" }),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const roles = [await roleOf(one.id), await roleOf(two.id)];
      expect(roles.filter((r) => r === "SUPERADMIN")).toHaveLength(1);
    } finally {
      for (const { id } of others) await setRole(id, "SUPERADMIN");
    }
  });
});

describe("PATCH /api/admin/users/<id>: other fields", () => {
  test("cohort, school, handle and Kajabi contact id; blank clears", async () => {
    const target = await account("Field Person", "PARTICIPANT");
    const response = await patchUser(admin, target.id, {
      cohort: "2027-A",
      school: "Lakeside",
      handle: "field-person-x",
      kajabiContactId: "kj-1001",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      cohort: "2027-A",
      school: "Lakeside",
      handle: "field-person-x",
      kajabiContactId: "kj-1001",
    });
    const cleared = await patchUser(admin, target.id, { cohort: "" });
    expect(cleared.body.cohort).toBeNull();
  });

  test("a Kajabi contact id or handle already used → 409 naming the field", async () => {
    const a = await account("Kajabi A", "PARTICIPANT");
    const b = await account("Kajabi B", "PARTICIPANT");
    await patchUser(admin, a.id, { kajabiContactId: "kj-dup" });
    const duplicate = await patchUser(admin, b.id, { kajabiContactId: "kj-dup" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details[0].path).toBe("kajabiContactId");
    const handle = await patchUser(admin, b.id, { handle: "adam-admin" });
    expect(handle.status).toBe(409);
    expect(handle.body.error.details[0].path).toBe("handle");
  });

  test("unknown user → 404; unknown field or bad role → 400; nothing written", async () => {
    expect((await patchUser(admin, "user_missing", { cohort: "x" })).status).toBe(404);
    const target = await account("Strict Person", "PARTICIPANT");
    expect((await patchUser(admin, target.id, { email: "new@example.test" })).status).toBe(400);
    expect((await patchUser(admin, target.id, { role: "KING" })).status).toBe(400);
    const audits = await privileged({ system: "test" }, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.target_id, target.id)),
    );
    expect(audits).toEqual([]);
  });

  test("GET shows the user and the audit trail about them; 403 for reviewers", async () => {
    const target = await account("Detail Person", "PARTICIPANT");
    await patchUser(admin, target.id, { cohort: "2027-B" });
    const detail = await call(getUserRoute, "GET", `/api/admin/users/${target.id}`, {
      cookie: admin.cookie,
      params: { id: target.id },
    });
    expect(detail.status).toBe(200);
    expect(detail.body.user).toMatchObject({ id: target.id, cohort: "2027-B" });
    expect(detail.body.audit.map((a: { action: string }) => a.action)).toEqual([
      "user.admin_update",
    ]);
    const denied = await call(getUserRoute, "GET", `/api/admin/users/${target.id}`, {
      cookie: reviewer.cookie,
      params: { id: target.id },
    });
    expect(denied.status).toBe(403);
  });
});

describe("POST /api/admin/users/cohort (bulk)", () => {
  test("assigns a cohort to the selected users, one audit row per change, unknown ids reported", async () => {
    const a = await account("Bulk A", "PARTICIPANT");
    const b = await account("Bulk B", "PARTICIPANT");
    await patchUser(admin, b.id, { cohort: "2028" });
    const response = await call(assignCohortRoute, "POST", "/api/admin/users/cohort", {
      cookie: admin.cookie,
      body: { userIds: [a.id, b.id, "user_nobody"], cohort: "2028" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      updated: [a.id],
      unchanged: [b.id],
      notFound: ["user_nobody"],
    });
    const rows = await privileged({ system: "test" }, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.action, "user.cohort_assigned")),
    );
    expect(rows.map((r) => r.target_id)).toEqual([a.id]);
  });

  test("participants and reviewers are refused; an empty or oversized selection is a 400", async () => {
    const body = { userIds: [participant.id], cohort: "x" };
    for (const actor of [participant, reviewer]) {
      const response = await call(assignCohortRoute, "POST", "/api/admin/users/cohort", {
        cookie: actor.cookie,
        body,
      });
      expect(response.status).toBe(403);
    }
    const empty = await call(assignCohortRoute, "POST", "/api/admin/users/cohort", {
      cookie: admin.cookie,
      body: { userIds: [], cohort: "x" },
    });
    expect(empty.status).toBe(400);
    const huge = await call(assignCohortRoute, "POST", "/api/admin/users/cohort", {
      cookie: admin.cookie,
      body: { userIds: Array.from({ length: 501 }, (_, i) => `user_${i}`), cohort: "x" },
    });
    expect(huge.status).toBe(400);
  });
});
