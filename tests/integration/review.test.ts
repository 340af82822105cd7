/** Review and the ledger (docs/product.md §3, §4, §5, §7): point rules, races, overrides, reversals, adjustments. */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { POST as reviewRoute } from "../../src/app/api/admin/submissions/[id]/review/route";
import { POST as reverseRoute } from "../../src/app/api/admin/submissions/[id]/reverse/route";
import { GET as detailRoute } from "../../src/app/api/admin/submissions/[id]/route";
import { POST as bulkRoute } from "../../src/app/api/admin/submissions/review/route";
import { GET as queueRoute } from "../../src/app/api/admin/submissions/route";
import { POST as ledgerRoute } from "../../src/app/api/admin/ledger/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import {
  daysBefore,
  FILES,
  submit,
  submitValid,
  uploadKey,
  VALID_PAYLOADS,
} from "../helpers/evidence";
import { call } from "../helpers/http";
import { reviewWithVersion, versionOf } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

let admin: { cookie: string; user: { id: string } };
let reviewer: { cookie: string; user: { id: string } };

beforeAll(async () => {
  admin = await signUp("Ada Admin"); // first account: SUPERADMIN
  reviewer = await signUp("Rui Reviewer");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
});

const review = (id: string, body: Record<string, unknown>, who = reviewer) =>
  reviewWithVersion(who.cookie, id, body);
const approve = (id: string, extra: Record<string, unknown> = {}) =>
  review(id, { action: "approve", ...extra });

const points = async (userId: string, activity?: string) =>
  (
    await queryRows<{ points: number }>(
      database(),
      sql`SELECT coalesce(sum(delta_points), 0)::int AS points FROM points_ledger
          WHERE user_id = ${userId} AND (${activity ?? null}::text IS NULL OR activity_code = ${activity ?? null})`,
    )
  )[0]!.points;
const ledgerRows = async (submissionId: string) =>
  queryRows<{ delta_points: number; external_event_id: string }>(
    database(),
    sql`SELECT delta_points, external_event_id FROM points_ledger WHERE external_event_id LIKE ${`submission:${submissionId}:%`}`,
  );
const badgesOf = async (userId: string) =>
  (
    await queryRows<{ code: string }>(
      database(),
      sql`SELECT badge_code AS code FROM earned_badges WHERE user_id = ${userId} ORDER BY 1`,
    )
  ).map((r) => r.code);

describe("point rules", () => {
  test("first EXPLORE: 50 points and In-Class Innovator; a second approval credits 0", async () => {
    const educator = await signUp("Ezra Explorer");
    const first = await submitValid(educator.cookie, "EXPLORE");
    const approved = await approve(first);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id: first, status: "APPROVED", pointsCredited: 50 });
    expect(approved.body.badgesAwarded).toEqual(["IN_CLASS_INNOVATOR"]);
    expect(await ledgerRows(first)).toEqual([
      { delta_points: 50, external_event_id: `submission:${first}:approved` },
    ]);
    const second = await submitValid(educator.cookie, "EXPLORE");
    expect((await approve(second)).body.pointsCredited).toBe(0);
    expect(await points(educator.user.id)).toBe(50);
    expect(await badgesOf(educator.user.id)).toEqual(["IN_CLASS_INNOVATOR"]);
  });

  test("PRESENT: 20 for the first approval, 0 after; Community Voice", async () => {
    const educator = await signUp("Pia Presenter");
    expect((await approve(await submitValid(educator.cookie, "PRESENT"))).body.pointsCredited).toBe(
      20,
    );
    expect((await approve(await submitValid(educator.cookie, "PRESENT"))).body.pointsCredited).toBe(
      0,
    );
    expect(await badgesOf(educator.user.id)).toEqual(["COMMUNITY_VOICE"]);
  });

  test("LEARN never exceeds 20 from any mix: 10 by manual credit, then a certificate fills only the rest", async () => {
    const educator = await signUp("Lena Learner");
    await call(ledgerRoute, "POST", "/api/admin/ledger", {
      cookie: admin.cookie,
      body: { userId: educator.user.id, activity: "LEARN", points: 10, reason: "Kajabi outage" },
    });
    const id = await submitValid(educator.cookie, "LEARN");
    expect((await approve(id)).body.pointsCredited).toBe(10);
    expect(await points(educator.user.id, "LEARN")).toBe(20);
    expect(await badgesOf(educator.user.id)).toEqual(["STARTER"]);
    const overCap = await call(ledgerRoute, "POST", "/api/admin/ledger", {
      cookie: admin.cookie,
      body: { userId: educator.user.id, activity: "LEARN", points: 1, reason: "more" },
    });
    expect(overCap.status).toBe(422);
  });

  test("the same certificate file cannot be approved twice, for anyone", async () => {
    const certificate = FILES.pdf();
    const one = await signUp("Cert One");
    const two = await signUp("Cert Two");
    const submitCert = async (cookie: string) =>
      (
        await submit(cookie, {
          activity: "LEARN",
          payload: VALID_PAYLOADS.LEARN(),
          attachments: [await uploadKey(cookie, certificate)],
        })
      ).body.id as string;
    const first = await submitCert(one.cookie);
    const second = await submitCert(two.cookie);
    expect((await approve(first)).status).toBe(200);
    const reused = await approve(second);
    expect(reused.status).toBe(409);
    expect(await points(two.user.id)).toBe(0);
  });

  test("AMPLIFY: 2 per peer + 1 per student; Amplifier at 10 peers", async () => {
    const educator = await signUp("Amos Amplify");
    const id = await submitValid(educator.cookie, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(10, 5));
    expect((await approve(id)).body.pointsCredited).toBe(25);
    expect(await badgesOf(educator.user.id)).toContain("AMPLIFIER");
  });

  test("AMPLIFY window at approval: pending submissions that together exceed the cap → the last approval is clamped, and says so", async () => {
    const educator = await signUp("Clara Clamp");
    // A chain 6 days apart: each passes the submit check against its neighbours (≤ 50),
    // but B's approval window holds both A and C.
    const a = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(30, 0, daysBefore(20)),
    );
    const b = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(20, 0, daysBefore(14)),
    );
    const c = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(30, 0, daysBefore(8)),
    );
    expect((await approve(a)).body.pointsCredited).toBe(60);
    expect((await approve(c)).body.pointsCredited).toBe(60);
    const clamped = await approve(b);
    expect(clamped.body).toMatchObject({ pointsCredited: 0, computedPoints: 0 });
    expect(clamped.body.explanation).toMatch(/Clamped from 40/);
    const [audit] = await queryRows<{ meta: { clamp: Record<string, number> } }>(
      database(),
      sql`SELECT meta FROM audit_log WHERE action = 'submission.approved' AND target_id = ${b}`,
    );
    expect(audit!.meta.clamp).toMatchObject({
      requestedPoints: 40,
      creditedPeers: 0,
      windowPeersUsed: 60,
    });
  });

  test("a partial clamp is credited and written into the ledger row's context", async () => {
    const educator = await signUp("Petra Partial");
    const p = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(20, 0, daysBefore(22)),
    );
    const q = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(30, 0, daysBefore(16)),
    );
    const r = await submitValid(
      educator.cookie,
      "AMPLIFY",
      VALID_PAYLOADS.AMPLIFY(20, 0, daysBefore(10)),
    );
    await approve(p);
    await approve(r);
    const clamped = await approve(q);
    expect(clamped.body).toMatchObject({ pointsCredited: 20, computedPoints: 20 });
    const [context] = await queryRows<{
      context: { clamp: Record<string, number>; computedPoints: number };
    }>(
      database(),
      sql`SELECT c.context FROM points_ledger_context c JOIN points_ledger l ON l.id = c.ledger_id
          WHERE l.external_event_id = ${`submission:${q}:approved`}`,
    );
    expect(context!.context.clamp).toEqual({
      requestedPoints: 60,
      creditedPeers: 10,
      creditedStudents: 0,
      windowPeersUsed: 40,
      windowStudentsUsed: 0,
    });
  });

  test("SHINE: approved for recognition, no points, Shine Star", async () => {
    const educator = await signUp("Sol Shine");
    expect((await approve(await submitValid(educator.cookie, "SHINE"))).body.pointsCredited).toBe(
      0,
    );
    expect(await badgesOf(educator.user.id)).toEqual(["SHINE_STAR"]);
  });
});

describe("races", () => {
  test("50 simultaneous approvals of one submission: exactly one ledger row, 49 × 409", async () => {
    const educator = await signUp("Race Rachel");
    const id = await submitValid(educator.cookie, "EXPLORE");
    const results = await Promise.all(Array.from({ length: 50 }, () => approve(id)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(await ledgerRows(id)).toHaveLength(1);
    expect(await points(educator.user.id)).toBe(50);
  });

  test("simultaneous approvals of different AMPLIFY submissions never exceed the window cap", async () => {
    const educator = await signUp("Parallel Paul");
    // A chain of sessions 6 days apart, 25 peers each: every pair of neighbours shares a
    // window, so which approvals get clamped depends on who wins the race.
    const dates = [30, 24, 18, 12, 6].map(daysBefore);
    const ids: string[] = [];
    for (const date of dates)
      ids.push(await submitValid(educator.cookie, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(25, 0, date)));
    const results = await Promise.all(ids.map((id) => approve(id)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const credited = results.map((r) => r.body.pointsCredited / 2);
    // Any two sessions within 6 days of each other never credit more than 50 peers.
    for (let i = 0; i + 1 < credited.length; i++)
      expect(credited[i]! + credited[i + 1]!).toBeLessThanOrEqual(50);
    expect(await points(educator.user.id, "AMPLIFY")).toBe(2 * credited.reduce((a, b) => a + b, 0));
  });
});

describe("review rules", () => {
  test("a reviewer never reviews their own submission", async () => {
    const own = await submitValid(reviewer.cookie, "SHINE");
    expect((await approve(own)).status).toBe(403);
  });

  test("rejecting needs a note; the note reaches the educator; a reviewed submission is a 409", async () => {
    const educator = await signUp("Rita Rejected");
    const id = await submitValid(educator.cookie, "SHINE");
    const noNote = await review(id, { action: "reject" });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details[0].path).toBe("note");
    const rejected = await review(id, { action: "reject", note: "Please add the idea's impact." });
    expect(rejected.body).toMatchObject({ status: "REJECTED", pointsCredited: 0 });
    expect((await review(id, { action: "approve" })).status).toBe(409);
  });

  test("override within ±20 % with a note; outside or without a note refused", async () => {
    const educator = await signUp("Oscar Override");
    const id = await submitValid(educator.cookie, "EXPLORE");
    expect((await approve(id, { points: 60 })).status).toBe(400); // no note
    expect((await approve(id, { points: 61, note: "great" })).status).toBe(422);
    expect((await approve(id, { points: 39, note: "thin" })).status).toBe(422);
    const ok = await approve(id, { points: 60, note: "Exceptional reflection" });
    expect(ok.body).toMatchObject({ pointsCredited: 60, computedPoints: 50 });
  });

  test("participants cannot review (403); signed out 401; unknown submission 404", async () => {
    const educator = await signUp("Pat Peer");
    const id = await submitValid(educator.cookie, "SHINE");
    expect((await review(id, { action: "approve" }, educator)).status).toBe(403);
    expect(
      (
        await call(reviewRoute, "POST", `/api/admin/submissions/${id}/review`, {
          params: { id },
          body: { action: "approve" },
        })
      ).status,
    ).toBe(401);
    expect((await approve("no-such-id")).status).toBe(404);
  });

  test("bulk: up to 50, per-item results; one failure does not undo the others", async () => {
    const educator = await signUp("Bulk Bella");
    const ids = [
      await submitValid(educator.cookie, "SHINE"),
      await submitValid(educator.cookie, "PRESENT"),
    ];
    const own = await submitValid(reviewer.cookie, "SHINE");
    const response = await call(bulkRoute, "POST", "/api/admin/submissions/review", {
      cookie: reviewer.cookie,
      body: {
        action: "approve",
        items: await Promise.all(
          [...ids, own, "missing"].map(async (id) => ({
            id,
            version: await versionOf(reviewer.cookie, id),
          })),
        ),
      },
    });
    expect(response.status).toBe(200);
    expect(
      response.body.results.map(
        (r: { ok: boolean; error?: { code: string } }) => r.ok || r.error!.code,
      ),
    ).toEqual([true, true, "FORBIDDEN", "NOT_FOUND"]);
    const tooMany = await call(bulkRoute, "POST", "/api/admin/submissions/review", {
      cookie: reviewer.cookie,
      body: {
        action: "approve",
        items: Array.from({ length: 51 }, (_, i) => ({ id: `id-${i}`, version: "v" })),
      },
    });
    expect(tooMany.status).toBe(400);
  });

  test("the queue: PENDING first, oldest first, filtered; the detail page's data and quote", async () => {
    const educator = await signUp("Queue Quinn");
    const older = await submitValid(educator.cookie, "EXPLORE");
    const newer = await submitValid(educator.cookie, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(3, 4));
    const queue = await call(queueRoute, "GET", "/api/admin/submissions?status=PENDING&q=Quinn", {
      cookie: reviewer.cookie,
    });
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([older, newer]);
    expect(queue.body.items[0].user).toMatchObject({ name: "Queue Quinn" });
    expect(queue.body.items[0].user).not.toHaveProperty("email");
    const onlyAmplify = await call(
      queueRoute,
      "GET",
      "/api/admin/submissions?activity=AMPLIFY&q=Quinn",
      { cookie: reviewer.cookie },
    );
    expect(onlyAmplify.body.items.map((i: { id: string }) => i.id)).toEqual([newer]);
    const detail = await call(detailRoute, "GET", `/api/admin/submissions/${newer}`, {
      cookie: reviewer.cookie,
      params: { id: newer },
    });
    expect(detail.body.quote).toMatchObject({ points: 10 });
    expect(detail.body.history.map((h: { id: string }) => h.id)).toEqual([older]);
    expect(
      (await call(queueRoute, "GET", "/api/admin/submissions", { cookie: educator.cookie })).status,
    ).toBe(403);
  });
});

describe("reversal and adjustments (admins)", () => {
  test("reversing an approval writes one compensating row; a second reversal is a 409; reviewers cannot", async () => {
    const educator = await signUp("Reverse Rex");
    const id = await submitValid(educator.cookie, "EXPLORE");
    await approve(id);
    const path = `/api/admin/submissions/${id}/reverse`;
    expect(
      (
        await call(reverseRoute, "POST", path, {
          cookie: reviewer.cookie,
          params: { id },
          body: { note: "x" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(reverseRoute, "POST", path, { cookie: admin.cookie, params: { id }, body: {} }))
        .status,
    ).toBe(400);
    const reversed = await call(reverseRoute, "POST", path, {
      cookie: admin.cookie,
      params: { id },
      body: { note: "Plagiarised" },
    });
    expect(reversed.body).toEqual({ id, status: "REJECTED", pointsReversed: 50 });
    expect((await ledgerRows(id)).map((r) => r.delta_points).sort()).toEqual([-50, 50]);
    expect(await points(educator.user.id)).toBe(0);
    expect(
      (
        await call(reverseRoute, "POST", path, {
          cookie: admin.cookie,
          params: { id },
          body: { note: "again" },
        })
      ).status,
    ).toBe(409);
  });

  test("an admin cannot credit or debit their own points (403 SELF_ADJUSTMENT, nothing written)", async () => {
    const other = await signUp("Second Admin");
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, other.user.id)),
    );
    for (const delta of [500, -5]) {
      const own = await call(ledgerRoute, "POST", "/api/admin/ledger", {
        cookie: other.cookie,
        body: { userId: other.user.id, activity: "SHINE", points: delta, reason: "for me" },
      });
      expect(own.status).toBe(403);
      expect(own.body.error.code).toBe("SELF_ADJUSTMENT");
    }
    expect(await points(other.user.id)).toBe(0);
    const byColleague = await call(ledgerRoute, "POST", "/api/admin/ledger", {
      cookie: admin.cookie,
      body: { userId: other.user.id, activity: "SHINE", points: 5, reason: "Workshop help" },
    });
    expect(byColleague.status).toBe(201);
  });

  test("manual adjustments: reason required, non-zero, audited, badges evaluated; reviewers refused", async () => {
    const educator = await signUp("Adjusted Ann");
    const adjust = (body: unknown, who = admin) =>
      call(ledgerRoute, "POST", "/api/admin/ledger", { cookie: who.cookie, body });
    expect(
      (await adjust({ userId: educator.user.id, activity: "EXPLORE", points: 100 }, reviewer))
        .status,
    ).toBe(403);
    expect(
      (await adjust({ userId: educator.user.id, activity: "EXPLORE", points: 100 })).status,
    ).toBe(400);
    expect(
      (
        await adjust({
          userId: educator.user.id,
          activity: "EXPLORE",
          points: 0,
          reason: "nothing",
        })
      ).status,
    ).toBe(400);
    expect(
      (await adjust({ userId: "user_nobody", activity: "EXPLORE", points: 5, reason: "who?" }))
        .status,
    ).toBe(404);
    const ok = await adjust({
      userId: educator.user.id,
      activity: "EXPLORE",
      points: 100,
      reason: "Workshop host",
    });
    expect(ok.status).toBe(201);
    expect(ok.body.badgesAwarded).toEqual(["CENTURY"]);
    expect(
      (
        await adjust({
          userId: educator.user.id,
          activity: "EXPLORE",
          points: -30,
          reason: "Double count",
        })
      ).status,
    ).toBe(201);
    expect(await points(educator.user.id)).toBe(70);
    const [audit] = await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ledger.adjusted' AND target_id = ${educator.user.id}`,
    );
    expect(audit!.n).toBe(2);
  });
});
