/** POST /api/kajabi/webhook (docs/product.md §6): authentication, validation, exactly-once LEARN credit. */
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import {
  earned_badges,
  kajabi_event_results,
  kajabi_events,
  points_ledger,
  users,
} from "../../src/server/db/schema";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { verifyByMail } from "../helpers/outbox";
import { createUser } from "../helpers/factories";
import { deliver, KAJABI_SECRET, kajabiBody, sign } from "../helpers/kajabi-sender";
import { setupTestDatabase } from "../helpers/test-database";
import { seededFuzzer } from "../helpers/fuzz";

const database = setupTestDatabase();
const SYSTEM = { system: "test" } as const;

beforeAll(async () => {
  process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
  await signUp("Bootstrap Admin"); // so that later sign-ups are ordinary participants
});
afterAll(() => {
  delete process.env.KAJABI_WEBHOOK_SECRET;
});
beforeEach(() => {
  delete process.env.KAJABI_LEARN_TAGS;
});

const counts = async () =>
  (
    await queryRows<{
      events: number;
      results: number;
      ledger: number;
      audit: number;
      badges: number;
    }>(
      database(),
      `SELECT (SELECT count(*)::int FROM kajabi_events) AS events, (SELECT count(*)::int FROM kajabi_event_results) AS results,
              (SELECT count(*)::int FROM points_ledger) AS ledger, (SELECT count(*)::int FROM audit_log) AS audit,
              (SELECT count(*)::int FROM earned_badges) AS badges`,
    )
  )[0]!;

const learnPoints = async (userId: string) =>
  (
    await queryRows<{ points: number }>(
      database(),
      sql`SELECT coalesce(sum(delta_points), 0)::int AS points FROM points_ledger WHERE user_id = ${userId} AND activity_code = 'LEARN'`,
    )
  )[0]!.points;

describe("authentication (401, nothing stored)", () => {
  test.each([
    ["a missing signature", (body: string) => deliver(body, null)],
    ["a wrong signature", (body: string) => deliver(body, "0".repeat(64))],
    [
      "a signature with another secret",
      (body: string) => deliver(body, sign(body, "another-secret")),
    ],
    [
      "a body altered after signing",
      (body: string) => deliver(body.replace("elevate-ai-1", "elevate-ai-2"), sign(body)),
    ],
    ["a signature that is not hex", (body: string) => deliver(body, "not-hex")],
  ])("%s", async (_label, send) => {
    const user = await createUser();
    const before = await counts();
    const response = await send(kajabiBody({ email: user.email }));
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  test("without a configured secret the endpoint refuses to run: 503", async () => {
    delete process.env.KAJABI_WEBHOOK_SECRET;
    try {
      const body = kajabiBody({ email: uniqueEmail() });
      const response = await deliver(body);
      expect(response.status).toBe(503);
    } finally {
      process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
    }
  });
});

describe("crediting", () => {
  test("a course tag of a known email credits +10 LEARN from WEBHOOK, with the product rules' external id", async () => {
    const user = await createUser();
    const response = await deliver(
      kajabiBody({ email: user.email.toUpperCase(), tag: "  Elevate-AI-1-Completed " }),
    );
    expect(response.body).toEqual({ status: "credited" });
    const rows = await privileged(SYSTEM, (tx) =>
      tx.select().from(points_ledger).where(eq(points_ledger.user_id, user.id)),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        activity_code: "LEARN",
        source: "WEBHOOK",
        delta_points: 10,
        external_source: "kajabi",
        external_event_id: `kajabi:${user.id}:elevate-ai-1-completed`,
      }),
    ]);
  });

  test("20 concurrent deliveries of the same event: one stored event, one ledger row", async () => {
    const user = await createUser();
    const body = kajabiBody({ email: user.email });
    const responses = await Promise.all(Array.from({ length: 20 }, () => deliver(body)));
    const statuses = responses.map((r) => r.body.status).sort();
    expect(statuses.filter((s) => s === "credited")).toHaveLength(1);
    expect(statuses.filter((s) => s === "duplicate")).toHaveLength(19);
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("the same tag under a new event id: duplicate, no extra points", async () => {
    const user = await createUser();
    expect((await deliver(kajabiBody({ email: user.email }))).body.status).toBe("credited");
    expect((await deliver(kajabiBody({ email: user.email }))).body.status).toBe("duplicate");
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("both course tags: 20 points and the STARTER badge, awarded and audited once", async () => {
    const user = await createUser();
    await deliver(kajabiBody({ email: user.email, tag: "elevate-ai-1-completed" }));
    await deliver(
      kajabiBody({ email: user.email, tag: "elevate-ai-2-completed", type: "tag.added" }),
    );
    expect(await learnPoints(user.id)).toBe(20);
    const badges = await privileged(SYSTEM, (tx) =>
      tx.select().from(earned_badges).where(eq(earned_badges.user_id, user.id)),
    );
    expect(badges.map((b) => b.badge_code)).toEqual(["STARTER"]);
    const audits = await queryRows<{ action: string }>(
      database(),
      sql`SELECT action FROM audit_log WHERE target_id = ${user.id} ORDER BY created_at, action`,
    );
    expect(audits.map((a) => a.action).sort()).toEqual([
      "badge.awarded",
      "kajabi.credited",
      "kajabi.credited",
    ]);
  });

  test("a third configured tag past the cap: capped, no points", async () => {
    process.env.KAJABI_LEARN_TAGS =
      "elevate-ai-1-completed,elevate-ai-2-completed,elevate-ai-3-completed";
    const user = await createUser();
    for (const tag of ["elevate-ai-1-completed", "elevate-ai-2-completed"])
      await deliver(kajabiBody({ email: user.email, tag }));
    const third = await deliver(kajabiBody({ email: user.email, tag: "elevate-ai-3-completed" }));
    expect(third.body).toEqual({ status: "capped" });
    expect(await learnPoints(user.id)).toBe(20);
  });

  test("a certificate credit of 20 first, then a tag: capped", async () => {
    const user = await createUser();
    await privileged(SYSTEM, (tx) =>
      tx.insert(points_ledger).values({
        user_id: user.id,
        activity_code: "LEARN",
        source: "FORM",
        delta_points: 20,
        external_source: "submission",
        external_event_id: `submission:${randomBytes(4).toString("hex")}:approved`,
      }),
    );
    expect((await deliver(kajabiBody({ email: user.email }))).body.status).toBe("capped");
    expect(await learnPoints(user.id)).toBe(20);
  });

  test("a partial room under the cap is filled, never exceeded", async () => {
    const user = await createUser();
    await privileged(SYSTEM, (tx) =>
      tx
        .insert(points_ledger)
        .values({ user_id: user.id, activity_code: "LEARN", source: "MANUAL", delta_points: 15 }),
    );
    expect((await deliver(kajabiBody({ email: user.email }))).body.status).toBe("credited");
    expect(await learnPoints(user.id)).toBe(20);
  });

  test("concurrent different course tags and events for one user never pass the cap", async () => {
    process.env.KAJABI_LEARN_TAGS = "t1,t2,t3,t4";
    const user = await createUser();
    const responses = await Promise.all(
      ["t1", "t2", "t3", "t4", "t1", "t2"].map((tag) =>
        deliver(kajabiBody({ email: user.email, tag })),
      ),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(await learnPoints(user.id)).toBe(20);
  });

  test.each([
    ["tag.removed", { type: "tag.removed" as const }],
    ["a tag that is not a course", { tag: "newsletter" }],
    ["an event older than 24 hours", { createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) }],
  ])("%s: stored, ignored, no points", async (_label, options) => {
    const user = await createUser();
    const before = await counts();
    const response = await deliver(kajabiBody({ email: user.email, ...options }));
    expect(response.body).toEqual({ status: "ignored" });
    const after = await counts();
    expect(after.ledger).toBe(before.ledger);
    expect(after.events).toBe(before.events + 1);
  });
});

describe("matching", () => {
  test("by contact id first, even when the email differs", async () => {
    const user = await createUser({ kajabi_contact_id: "kj-777" });
    expect(
      (await deliver(kajabiBody({ email: uniqueEmail("other"), contactId: 777 }))).status,
    ).toBe(200);
    expect(await learnPoints(user.id)).toBe(0); // numeric 777 is not "kj-777"
    expect(
      (await deliver(kajabiBody({ email: uniqueEmail("other"), contactId: "kj-777" }))).body.status,
    ).toBe("credited");
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("by email, case-insensitively, linking the contact id", async () => {
    const user = await createUser();
    await deliver(kajabiBody({ email: user.email.toUpperCase(), contactId: 4242 }));
    const [row] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.id, user.id)),
    );
    expect(row!.kajabi_contact_id).toBe("4242");
  });

  test("an unknown email waits as unmatched, then is credited when that email is verified", async () => {
    const email = uniqueEmail("later");
    const body = kajabiBody({ email });
    const eventId = JSON.parse(body).event_id as string;
    expect((await deliver(body)).body).toEqual({ status: "unmatched" });
    const [waiting] = await privileged(SYSTEM, (tx) =>
      tx.select().from(kajabi_events).where(eq(kajabi_events.id, eventId)),
    );
    expect(waiting!.processed_at).toBeNull();

    const { user } = await signUp("Late Joiner", email.toUpperCase());
    // Signing up with the address is not owning it: the credit waits for verification.
    expect(await learnPoints(user.id)).toBe(0);
    expect((await verifyByMail(database(), email)).status).toBe(200);
    expect(await learnPoints(user.id)).toBe(10);
    const [done] = await privileged(SYSTEM, (tx) =>
      tx.select().from(kajabi_events).where(eq(kajabi_events.id, eventId)),
    );
    expect(done!.processed_at).not.toBeNull();
    expect(done!.user_match).toBe(user.id);
    const [result] = await privileged(SYSTEM, (tx) =>
      tx.select().from(kajabi_event_results).where(eq(kajabi_event_results.event_id, eventId)),
    );
    expect(result).toMatchObject({ status: "credited", points: 10 });
  });
});

describe("only a verified email is matched (docs/product.md §2)", () => {
  test("an event for an unverified account's email waits; verifying credits it", async () => {
    const email = uniqueEmail("squatter");
    const { user } = await signUp("Not Yet Verified", email);
    const body = kajabiBody({ email });
    expect((await deliver(body)).body).toEqual({ status: "unmatched" });
    expect(await learnPoints(user.id)).toBe(0);
    const [stored] = await privileged(SYSTEM, (tx) =>
      tx.select().from(users).where(eq(users.id, user.id)),
    );
    expect(stored!.kajabi_contact_id).toBeNull();

    expect((await verifyByMail(database(), email)).status).toBe(200);
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("an admin-linked contact id still matches an unverified account", async () => {
    const user = await createUser({ kajabi_contact_id: "kj-linked-1", emailVerified: false });
    const body = kajabiBody({ email: "someone-else@example.test", contactId: "kj-linked-1" });
    expect((await deliver(body)).body).toEqual({ status: "credited" });
    expect(await learnPoints(user.id)).toBe(10);
  });
});

describe("fuzzing the body (never a 500, nothing credited)", () => {
  const { random, pick, junkOf } = seededFuzzer(20261125);
  const junk = junkOf(
    [
      () => null,
      () => random() * 1e9,
      () => -1,
      () => true,
      () => "x".repeat(Math.floor(random() * 5000)),
      () => "😀\u0000\u202e",
    ],
    (inner, depth) => ({ event_id: inner(depth), contact: inner(depth), tag: inner(depth) }),
  );
  const valid = () =>
    JSON.parse(kajabiBody({ email: uniqueEmail("fuzz") })) as Record<string, unknown>;
  const mutations: (() => string)[] = [
    () => JSON.stringify(junk()),
    () => JSON.stringify({ ...valid(), event_id: junk() }),
    () => JSON.stringify({ ...valid(), event_type: junk() }),
    () => JSON.stringify({ ...valid(), created_at: junk() }),
    () => JSON.stringify({ ...valid(), contact: junk() }),
    () => JSON.stringify({ ...valid(), contact: { id: junk(), email: junk() } }),
    () => JSON.stringify({ ...valid(), tag: { name: junk() } }),
    () => JSON.stringify({ ...valid(), tag: undefined }),
    () => JSON.stringify({ ...valid(), event_id: "e".repeat(10_000) }),
    () => JSON.stringify(valid()).slice(0, Math.floor(random() * 60)),
  ];

  test("300 malformed signed bodies → 400; the same unsigned → 401; no credit anywhere", async () => {
    const before = await counts();
    for (let i = 0; i < 300; i++) {
      const body = pick(mutations)();
      const signed = await deliver(body);
      expect([400, 413], `signed: ${body.slice(0, 200)}`).toContain(signed.status);
      const unsigned = await deliver(body, null);
      expect(unsigned.status).toBe(401);
    }
    const after = await counts();
    expect(after.ledger).toBe(before.ledger);
    expect(after.events).toBe(before.events);
  });
});
