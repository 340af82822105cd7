/** The admin side of Kajabi: the event queue, reprocessing, linking contacts (docs/product.md §6). */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as linkRoute } from "../../src/app/api/admin/kajabi/link/route";
import { POST as reprocessOneRoute } from "../../src/app/api/admin/kajabi/events/[id]/reprocess/route";
import { POST as reprocessAllRoute } from "../../src/app/api/admin/kajabi/events/reprocess/route";
import { GET as listRoute } from "../../src/app/api/admin/kajabi/events/route";
import { queryRows } from "../../src/server/db/query-rows";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { deliver, KAJABI_SECRET, kajabiBody } from "../helpers/kajabi-sender";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

let admin: { cookie: string };
let participant: { cookie: string };

beforeAll(async () => {
  process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
  admin = await signUp("Kajabi Admin"); // first account: SUPERADMIN
  participant = await signUp("Plain Participant");
});
afterAll(() => {
  delete process.env.KAJABI_WEBHOOK_SECRET;
});

const learnPoints = async (userId: string) =>
  (
    await queryRows<{ points: number }>(
      database(),
      sql`SELECT coalesce(sum(delta_points), 0)::int AS points FROM points_ledger WHERE user_id = ${userId}`,
    )
  )[0]!.points;

const eventIdOf = (body: string) => JSON.parse(body).event_id as string;

describe("GET /api/admin/kajabi/events", () => {
  test("lists events newest first, filters by status, counts every status; admins only", async () => {
    const known = await createUser();
    await deliver(kajabiBody({ email: known.email }));
    await deliver(kajabiBody({ email: known.email, tag: "newsletter" }));
    const waiting = kajabiBody({ email: uniqueEmail("queue") });
    await deliver(waiting);

    const all = await call(listRoute, "GET", "/api/admin/kajabi/events", { cookie: admin.cookie });
    expect(all.status).toBe(200);
    expect(all.body.counts).toEqual({
      credited: 1,
      duplicate: 0,
      ignored: 1,
      unmatched: 1,
      capped: 0,
    });
    expect(all.body.total).toBe(3);
    expect(all.body.items[0]).toMatchObject({
      id: eventIdOf(waiting),
      status: "unmatched",
      processedAt: null,
    });
    expect(all.body.items[0].payload).toEqual(JSON.parse(waiting));

    const unmatched = await call(listRoute, "GET", "/api/admin/kajabi/events?status=unmatched", {
      cookie: admin.cookie,
    });
    expect(unmatched.body.items.map((e: { id: string }) => e.id)).toEqual([eventIdOf(waiting)]);
    expect(unmatched.body.total).toBe(1);

    expect(
      (
        await call(listRoute, "GET", "/api/admin/kajabi/events?status=lost", {
          cookie: admin.cookie,
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(listRoute, "GET", "/api/admin/kajabi/events", { cookie: participant.cookie }))
        .status,
    ).toBe(403);
    expect((await call(listRoute, "GET", "/api/admin/kajabi/events")).status).toBe(401);
  });
});

describe("reprocessing", () => {
  test("one unmatched event: still unmatched until its user exists, then credited; audited", async () => {
    const email = uniqueEmail("reprocess");
    const body = kajabiBody({ email });
    await deliver(body);
    const id = eventIdOf(body);
    const path = `/api/admin/kajabi/events/${id}/reprocess`;
    const first = await call(reprocessOneRoute, "POST", path, {
      cookie: admin.cookie,
      params: { id },
    });
    expect(first.body).toEqual({ id, status: "unmatched" });

    // A user created without the sign-up hook (e.g. imported), so the event still waits.
    const user = await createUser({ email });
    const second = await call(reprocessOneRoute, "POST", path, {
      cookie: admin.cookie,
      params: { id },
    });
    expect(second.body).toEqual({ id, status: "credited" });
    expect(await learnPoints(user.id)).toBe(10);

    const again = await call(reprocessOneRoute, "POST", path, {
      cookie: admin.cookie,
      params: { id },
    });
    expect(again.status).toBe(409);
    const audits = await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'kajabi.reprocessed' AND target_id = ${id}`,
    );
    expect(audits[0]!.n).toBe(2);
  });

  test("unknown id → 404; participants → 403", async () => {
    const missing = await call(
      reprocessOneRoute,
      "POST",
      "/api/admin/kajabi/events/nope/reprocess",
      {
        cookie: admin.cookie,
        params: { id: "nope" },
      },
    );
    expect(missing.status).toBe(404);
    const denied = await call(
      reprocessOneRoute,
      "POST",
      "/api/admin/kajabi/events/nope/reprocess",
      {
        cookie: participant.cookie,
        params: { id: "nope" },
      },
    );
    expect(denied.status).toBe(403);
  });

  test("all unmatched at once, reporting what happened", async () => {
    const emails = [uniqueEmail("bulk"), uniqueEmail("bulk")];
    for (const email of emails) await deliver(kajabiBody({ email }));
    const user = await createUser({ email: emails[0]! });
    const response = await call(reprocessAllRoute, "POST", "/api/admin/kajabi/events/reprocess", {
      cookie: admin.cookie,
    });
    expect(response.status).toBe(200);
    expect(response.body.outcomes.credited).toBe(1);
    expect(response.body.outcomes.unmatched).toBeGreaterThanOrEqual(1);
    expect(await learnPoints(user.id)).toBe(10);
  });
});

describe("POST /api/admin/kajabi/link", () => {
  test("linking a contact id to a user (by handle or email) credits that contact's waiting events", async () => {
    const contactId = `contact-${Date.now()}`;
    await deliver(kajabiBody({ email: uniqueEmail("kajabi-side"), contactId }));
    const user = await createUser();
    const response = await call(linkRoute, "POST", "/api/admin/kajabi/link", {
      cookie: admin.cookie,
      body: { contactId, user: user.handle },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: user.id, kajabiContactId: contactId });
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("an unknown user → 404 naming the field; participants → 403", async () => {
    const missing = await call(linkRoute, "POST", "/api/admin/kajabi/link", {
      cookie: admin.cookie,
      body: { contactId: "c-1", user: "nobody-here" },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.details[0].path).toBe("user");
    const denied = await call(linkRoute, "POST", "/api/admin/kajabi/link", {
      cookie: participant.cookie,
      body: { contactId: "c-1", user: "nobody-here" },
    });
    expect(denied.status).toBe(403);
  });
});
