/** Badges (docs/product.md §7): awarded exactly when criteria hold, once; administered by admins. */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as awardRoute } from "../../src/app/api/admin/badges/[code]/award/route";
import { POST as revokeRoute } from "../../src/app/api/admin/badges/[code]/revoke/route";
import { PATCH as patchBadgeRoute } from "../../src/app/api/admin/badges/[code]/route";
import {
  GET as listBadgesRoute,
  POST as createBadgeRoute,
} from "../../src/app/api/admin/badges/route";
import { evaluateBadges } from "../../src/server/badges/evaluate-badges";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { addPoints, createSubmission, createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

let admin: Awaited<ReturnType<typeof signUp>>;
let reviewer: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  admin = await signUp("Badge Admin");
  reviewer = await signUp("Badge Reviewer");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
});

const evaluate = (userId: string) =>
  privileged({ system: "test" }, (tx) => evaluateBadges(tx, userId, "system:test"));
const earned = async (userId: string) =>
  (
    await queryRows<{ code: string }>(
      database(),
      sql`SELECT badge_code AS code FROM earned_badges WHERE user_id = ${userId} ORDER BY 1`,
    )
  ).map((r) => r.code);

describe("criteria, at their boundaries", () => {
  test("CENTURY: 99 points no, 100 yes, and only once", async () => {
    const user = await createUser();
    await addPoints(user.id, 99);
    expect(await evaluate(user.id)).toEqual([]);
    await addPoints(user.id, 1);
    expect(await evaluate(user.id)).toEqual(["CENTURY"]);
    expect(await evaluate(user.id)).toEqual([]);
    expect(await earned(user.id)).toEqual(["CENTURY"]);
  });

  test("AMPLIFIER: 9 peers or 24 students no; 10 peers yes; 25 students yes", async () => {
    const amplify = (peers: number, students: number) => ({
      peersTrained: peers,
      studentsTrained: students,
      sessionDate: "2026-11-01",
    });
    const a = await createUser();
    await createSubmission({
      user_id: a.id,
      activity_code: "AMPLIFY",
      status: "APPROVED",
      payload: amplify(9, 24),
    });
    expect(await evaluate(a.id)).toEqual([]);
    await createSubmission({
      user_id: a.id,
      activity_code: "AMPLIFY",
      status: "APPROVED",
      payload: amplify(1, 0),
    });
    expect(await evaluate(a.id)).toEqual(["AMPLIFIER"]);
    const b = await createUser();
    await createSubmission({
      user_id: b.id,
      activity_code: "AMPLIFY",
      status: "APPROVED",
      payload: amplify(0, 25),
    });
    expect(await evaluate(b.id)).toEqual(["AMPLIFIER"]);
    const c = await createUser();
    await createSubmission({
      user_id: c.id,
      activity_code: "AMPLIFY",
      status: "PENDING",
      payload: amplify(50, 200),
    });
    expect(await evaluate(c.id)).toEqual([]);
  });

  test("STARTER at 20 LEARN points; LEAPS_COMPLETE needs credit or approval in all five", async () => {
    const user = await createUser();
    await addPoints(user.id, 10, { activity: "LEARN" });
    expect(await evaluate(user.id)).toEqual([]);
    await addPoints(user.id, 10, { activity: "LEARN" });
    expect(await evaluate(user.id)).toEqual(["STARTER"]);
    await createSubmission({ user_id: user.id, activity_code: "EXPLORE", status: "APPROVED" });
    await createSubmission({ user_id: user.id, activity_code: "PRESENT", status: "APPROVED" });
    await createSubmission({
      user_id: user.id,
      activity_code: "AMPLIFY",
      status: "APPROVED",
      payload: { peersTrained: 1, studentsTrained: 0 },
    });
    expect((await evaluate(user.id)).sort()).toEqual(["COMMUNITY_VOICE", "IN_CLASS_INNOVATOR"]);
    await createSubmission({ user_id: user.id, activity_code: "SHINE", status: "REJECTED" });
    expect(await evaluate(user.id)).toEqual([]);
    await createSubmission({ user_id: user.id, activity_code: "SHINE", status: "APPROVED" });
    expect((await evaluate(user.id)).sort()).toEqual(["LEAPS_COMPLETE", "SHINE_STAR"]);
  });

  test("concurrent evaluations award a badge once", async () => {
    const user = await createUser();
    await addPoints(user.id, 150);
    const results = await Promise.all(Array.from({ length: 8 }, () => evaluate(user.id)));
    expect(results.flat()).toEqual(["CENTURY"]);
    expect(await earned(user.id)).toEqual(["CENTURY"]);
  });
});

describe("administration", () => {
  const create = (body: unknown, who = admin) =>
    call(createBadgeRoute, "POST", "/api/admin/badges", { cookie: who.cookie, body });

  test("admins create badges with validated criteria; duplicates 409; reviewers 403", async () => {
    const ok = await create({
      code: "mentor",
      name: "Mentor",
      description: "Mentored a cohort",
      criteria: { kind: "manual" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ code: "MENTOR", criteria: { kind: "manual" }, iconUrl: null });
    expect(
      (
        await create({
          code: "MENTOR",
          name: "Again",
          description: "dup",
          criteria: { kind: "manual" },
        })
      ).status,
    ).toBe(409);
    for (const criteria of [
      { kind: "magic" },
      { kind: "total_points" },
      { kind: "total_points", min: -1 },
      { kind: "manual", extra: 1 },
    ]) {
      expect(
        (await create({ code: "BAD", name: "Bad", description: "bad", criteria })).status,
      ).toBe(400);
    }
    expect(
      (
        await create(
          { code: "NOPE", name: "Nope", description: "nope", criteria: { kind: "manual" } },
          reviewer,
        )
      ).status,
    ).toBe(403);
    const list = await call(listBadgesRoute, "GET", "/api/admin/badges", { cookie: admin.cookie });
    expect(list.body.items.map((b: { code: string }) => b.code)).toContain("MENTOR");
  });

  test("editing criteria applies to later evaluations; earned badges stay", async () => {
    await create({
      code: "FIFTY",
      name: "Fifty",
      description: "50 points",
      criteria: { kind: "total_points", min: 50 },
    });
    const user = await createUser();
    await addPoints(user.id, 60);
    expect(await evaluate(user.id)).toEqual(["FIFTY"]);
    const patched = await call(patchBadgeRoute, "PATCH", "/api/admin/badges/FIFTY", {
      cookie: admin.cookie,
      params: { code: "FIFTY" },
      body: { criteria: { kind: "total_points", min: 500 } },
    });
    expect(patched.body.criteria).toEqual({ kind: "total_points", min: 500 });
    expect(await earned(user.id)).toContain("FIFTY");
    const later = await createUser();
    await addPoints(later.id, 60);
    expect(await evaluate(later.id)).toEqual([]);
  });

  test("award and revoke, audited; manual badges are never awarded automatically", async () => {
    const user = await createUser();
    await addPoints(user.id, 1000);
    expect(await evaluate(user.id)).not.toContain("MENTOR");
    const award = (code: string) =>
      call(awardRoute, "POST", `/api/admin/badges/${code}/award`, {
        cookie: admin.cookie,
        params: { code },
        body: { userId: user.id },
      });
    expect((await award("MENTOR")).body).toEqual({ awarded: true });
    expect((await award("MENTOR")).body).toEqual({ awarded: false });
    expect((await award("UNKNOWN")).status).toBe(404);
    const revoke = () =>
      call(revokeRoute, "POST", "/api/admin/badges/MENTOR/revoke", {
        cookie: admin.cookie,
        params: { code: "MENTOR" },
        body: { userId: user.id },
      });
    expect((await revoke()).status).toBe(204);
    expect((await revoke()).status).toBe(404);
    const audit = await queryRows<{ action: string }>(
      database(),
      sql`SELECT action FROM audit_log WHERE target_id = ${user.id} AND meta ->> 'badge' = 'MENTOR' ORDER BY created_at`,
    );
    expect(audit.map((a) => a.action)).toEqual(["badge.awarded", "badge.revoked"]);
  });
});
