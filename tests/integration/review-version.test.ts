/** A review decides on what the reviewer saw (docs/product.md §4): reviews carry the submission's version. */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as detailRoute } from "../../src/app/api/admin/submissions/[id]/route";
import { POST as reviewRoute } from "../../src/app/api/admin/submissions/[id]/review/route";
import { POST as bulkRoute } from "../../src/app/api/admin/submissions/review/route";
import { GET as queueRoute } from "../../src/app/api/admin/submissions/route";
import { PATCH as patchSubmission } from "../../src/app/api/submissions/[id]/route";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { users } from "../../src/server/db/schema";
import { signUp } from "../helpers/accounts";
import { daysBefore, submitValid, VALID_PAYLOADS } from "../helpers/evidence";
import { call } from "../helpers/http";
import { versionOf } from "../helpers/review";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

let reviewer: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  await signUp("Ada Admin"); // first account: SUPERADMIN
  reviewer = await signUp("Rui Reviewer");
  await privileged({ system: "test" }, (tx) =>
    tx.update(users).set({ role: "REVIEWER" }).where(eq(users.id, reviewer.user.id)),
  );
});

const review = (id: string, body: Record<string, unknown>) =>
  call(reviewRoute, "POST", `/api/admin/submissions/${id}/review`, {
    cookie: reviewer.cookie,
    params: { id },
    body,
  });

const edit = (cookie: string, id: string, payload: unknown) =>
  call(patchSubmission, "PATCH", `/api/submissions/${id}`, {
    cookie,
    params: { id },
    body: { payload },
  });

const written = async (userId: string, id: string) => ({
  ledger: (
    await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM points_ledger WHERE user_id = ${userId}`,
    )
  )[0]!.n,
  badges: (
    await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM earned_badges WHERE user_id = ${userId}`,
    )
  )[0]!.n,
  audit: (
    await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM audit_log WHERE target_id = ${id} AND action IN ('submission.approved', 'submission.rejected')`,
    )
  )[0]!.n,
  status: (
    await queryRows<{ status: string }>(
      database(),
      sql`SELECT status FROM submissions WHERE id = ${id}`,
    )
  )[0]!.status,
});

describe("the version a review carries", () => {
  test("the detail and the queue show the version: updatedAt to the microsecond", async () => {
    const educator = await signUp("Vera Version");
    const id = await submitValid(educator.cookie, "SHINE");
    const detail = await call(detailRoute, "GET", `/api/admin/submissions/${id}`, {
      cookie: reviewer.cookie,
      params: { id },
    });
    expect(detail.body.version).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const [stored] = await queryRows<{ micros: string }>(
      database(),
      sql`SELECT (extract(epoch FROM updated_at) * 1000000)::bigint::text AS micros FROM submissions WHERE id = ${id}`,
    );
    const [seconds, fraction] = detail.body.version.slice(0, -1).split(".");
    expect(`${Date.parse(`${seconds}Z`) / 1000}${fraction}`).toBe(stored!.micros);
    const queue = await call(queueRoute, "GET", "/api/admin/submissions?q=Vera", {
      cookie: reviewer.cookie,
    });
    expect(queue.body.items[0]).toMatchObject({ id, version: detail.body.version });
  });

  test("owner raises AMPLIFY from 1 peer to 50/200 after the reviewer loaded it: approve → 409, nothing written", async () => {
    const educator = await signUp("Amos Amplifier");
    const id = await submitValid(educator.cookie, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(1, 0));
    const seen = await versionOf(reviewer.cookie, id);
    const edited = await edit(educator.cookie, id, VALID_PAYLOADS.AMPLIFY(50, 200, daysBefore(1)));
    expect(edited.status).toBe(200);

    const stale = await review(id, { action: "approve", version: seen });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("STALE_SUBMISSION");
    expect(await written(educator.user.id, id)).toEqual({
      ledger: 0,
      badges: 0,
      audit: 0,
      status: "PENDING",
    });
    const staleReject = await review(id, { action: "reject", version: seen, note: "Too few." });
    expect(staleReject.body.error.code).toBe("STALE_SUBMISSION");

    const current = await versionOf(reviewer.cookie, id);
    expect(current).not.toBe(seen);
    const approved = await review(id, { action: "approve", version: current });
    expect(approved.status).toBe(200);
    expect(approved.body.pointsCredited).toBeGreaterThan(2);
  });

  test("a review without a version is a 400, and writes nothing", async () => {
    const educator = await signUp("Nico Noversion");
    const id = await submitValid(educator.cookie, "SHINE");
    const response = await review(id, { action: "approve" });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe("version");
    expect((await written(educator.user.id, id)).status).toBe("PENDING");
  });

  test("bulk: each item carries its version; a stale one is refused, the others go through", async () => {
    const educator = await signUp("Bea Bulk");
    const fresh = await submitValid(educator.cookie, "SHINE");
    const changed = await submitValid(educator.cookie, "AMPLIFY", VALID_PAYLOADS.AMPLIFY(1, 0));
    const items = [
      { id: fresh, version: await versionOf(reviewer.cookie, fresh) },
      { id: changed, version: await versionOf(reviewer.cookie, changed) },
    ];
    await edit(educator.cookie, changed, VALID_PAYLOADS.AMPLIFY(50, 200));
    const response = await call(bulkRoute, "POST", "/api/admin/submissions/review", {
      cookie: reviewer.cookie,
      body: { action: "approve", items },
    });
    expect(response.status).toBe(200);
    expect(
      response.body.results.map((r: { id: string; ok: boolean; error?: { code: string } }) => [
        r.id,
        r.ok || r.error!.code,
      ]),
    ).toEqual([
      [fresh, true],
      [changed, "STALE_SUBMISSION"],
    ]);
    expect((await written(educator.user.id, changed)).status).toBe("PENDING");
    const noVersion = await call(bulkRoute, "POST", "/api/admin/submissions/review", {
      cookie: reviewer.cookie,
      body: { action: "approve", items: [{ id: changed }] },
    });
    expect(noVersion.status).toBe(400);
  });
});
