/** PATCH /api/me: the owner edits name, handle, school and avatar (docs/product.md §2). */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as me, PATCH as patchMe } from "../../src/app/api/me/route";
import { privileged } from "../../src/server/db/privileged";
import { audit_log } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

let cookie: string;
let userId: string;

beforeAll(async () => {
  await signUp("Bootstrap Admin"); // the first account becomes SUPERADMIN; the rest are participants
  const account = await signUp("Profile Owner");
  cookie = account.cookie;
  userId = account.user.id;
});

const patch = (body: unknown) => call(patchMe, "PATCH", "/api/me", { cookie, body });
const current = async () => (await call(me, "GET", "/api/me", { cookie })).body;

describe("PATCH /api/me", () => {
  test("updates name, handle, school and an https avatar; audits before and after", async () => {
    const response = await patch({
      name: "Ms. Owner",
      handle: "ms_owner-1",
      school: "Hill School",
      avatarUrl: "https://images.example/a.png",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: "Ms. Owner",
      handle: "ms_owner-1",
      school: "Hill School",
      avatarUrl: "https://images.example/a.png",
    });
    const audit = await privileged({ system: "test" }, (tx) =>
      tx.select().from(audit_log).where(eq(audit_log.action, "profile.update")),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: userId, target_id: userId });
    expect(audit[0]!.meta).toMatchObject({
      before: { school: null },
      after: { school: "Hill School" },
    });
  });

  test("blank school and avatar clear them", async () => {
    const response = await patch({ school: "", avatarUrl: "" });
    expect(response.body).toMatchObject({ school: null, avatarUrl: null });
  });

  test.each([
    ["a handle too short", { handle: "ab" }, "handle"],
    ["a handle with spaces", { handle: "my handle" }, "handle"],
    ["a handle too long", { handle: "a".repeat(31) }, "handle"],
    ["an http avatar", { avatarUrl: "http://images.example/a.png" }, "avatarUrl"],
    ["a javascript: avatar", { avatarUrl: "javascript:alert(1)" }, "avatarUrl"],
    ["an empty name", { name: " " }, "name"],
  ])("%s → 400 naming the field, nothing changed", async (_label, body, field) => {
    const before = await current();
    const response = await patch(body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual([field]);
    expect(await current()).toEqual(before);
  });

  test("upper-case handles are accepted as lower-case (30 characters is the maximum)", async () => {
    const response = await patch({ handle: `A${"b".repeat(29)}` });
    expect(response.status).toBe(200);
    expect(response.body.handle).toBe(`a${"b".repeat(29)}`);
  });

  test("a taken handle → 409 with the field named", async () => {
    const other = await signUp("Someone Else");
    const response = await patch({ handle: other.user.handle });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: "CONFLICT", details: [{ path: "handle" }] });
  });

  test("role, cohort, email and Kajabi id are not the owner's to set → 400", async () => {
    for (const body of [
      { role: "ADMIN" },
      { cohort: "2026" },
      { email: "x@example.test" },
      { kajabiContactId: "1" },
    ]) {
      const response = await patch(body);
      expect(response.status).toBe(400);
    }
    expect(await current()).toMatchObject({ role: "PARTICIPANT", cohort: null });
  });

  test("signed out → 401", async () => {
    expect((await call(patchMe, "PATCH", "/api/me", { body: { name: "X" } })).status).toBe(401);
  });
});
