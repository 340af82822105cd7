/**
 * Kajabi's native hooks on POST /api/kajabi/webhook (docs/product.md §6): a token in the
 * URL instead of a signature, Kajabi's JSON:API body, the same exactly-once processing.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { earned_badges, kajabi_event_results, kajabi_events } from "../../src/server/db/schema";
import { buildKajabiTestDelivery } from "../../src/server/kajabi/build-kajabi-test-delivery";
import { GET as listEvents } from "../../src/app/api/admin/kajabi/events/route";
import { POST as kajabiWebhook } from "../../src/app/api/kajabi/webhook/route";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import {
  deliver,
  deliverNative,
  KAJABI_SECRET,
  KAJABI_TOKEN,
  kajabiBody,
  kajabiFixture,
  nativeKajabiBody,
  sign,
} from "../helpers/kajabi-sender";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const SYSTEM = { system: "test" } as const;

let admin: { cookie: string };

beforeAll(async () => {
  admin = await signUp("Bootstrap Admin"); // the first account: later sign-ups are participants
});
beforeEach(() => {
  process.env.KAJABI_WEBHOOK_TOKEN = KAJABI_TOKEN;
  delete process.env.KAJABI_WEBHOOK_SECRET;
  delete process.env.KAJABI_LEARN_TAGS;
});
afterAll(() => {
  delete process.env.KAJABI_WEBHOOK_TOKEN;
  delete process.env.KAJABI_LEARN_TAGS;
});

const counts = async () =>
  (
    await queryRows<{ events: number; ledger: number }>(
      database(),
      `SELECT (SELECT count(*)::int FROM kajabi_events) AS events,
              (SELECT count(*)::int FROM points_ledger) AS ledger`,
    )
  )[0]!;

const learnPoints = async (userId: string) =>
  (
    await queryRows<{ points: number }>(
      database(),
      sql`SELECT coalesce(sum(delta_points), 0)::int AS points FROM points_ledger WHERE user_id = ${userId} AND activity_code = 'LEARN'`,
    )
  )[0]!.points;

const storedEvent = async (id: string) => {
  const [event] = await privileged(SYSTEM, (tx) =>
    tx.select().from(kajabi_events).where(eq(kajabi_events.id, id)),
  );
  const [result] = await privileged(SYSTEM, (tx) =>
    tx.select().from(kajabi_event_results).where(eq(kajabi_event_results.event_id, id)),
  );
  return { event, result };
};

const idOf = (body: string) => JSON.parse(body).id as string;
const withId = (body: string, id: string) => body.replace('"id": "hash_id"', `"id": "${id}"`);

describe("Kajabi's documented sample bodies, verbatim", () => {
  test("tag_added credits the sample contact once its tag is a course; the stored body is the sample", async () => {
    process.env.KAJABI_LEARN_TAGS = "tag";
    const user = await createUser({ email: "sample@example.com" });
    const sample = kajabiFixture("tag-added");
    const response = await deliverNative(sample);
    expect(response).toMatchObject({ status: 200, body: { status: "credited" } });
    expect(await learnPoints(user.id)).toBe(10);
    const { event } = await storedEvent("hash_id");
    expect(event).toMatchObject({
      payload: JSON.parse(sample),
      auth_method: "token",
      user_match: user.id,
    });
    // Kajabi retries with the same id: the documented tag_removed shares it, so it is a repeat.
    expect((await deliverNative(kajabiFixture("tag-removed"))).body).toEqual({
      status: "duplicate",
    });
  });

  test("tag_removed is recorded and changes nothing", async () => {
    const before = await counts();
    const body = withId(kajabiFixture("tag-removed"), "sample-removed");
    expect((await deliverNative(body)).body).toEqual({ status: "ignored" });
    expect((await storedEvent("sample-removed")).result).toMatchObject({
      status: "ignored",
      reason: "tag removals never change points",
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
  });

  test.each([
    ["purchase", "purchase"],
    ["form-submission", "form_submission"],
    ["payment-succeeded", "payment_succeeded"],
    ["order-created", "order_created"],
  ] as const)("%s: stored and ignored", async (fixture, event) => {
    const before = await counts();
    const id = `sample-${fixture}`;
    const response = await deliverNative(withId(kajabiFixture(fixture), id));
    expect(response.body).toEqual({ status: "ignored" });
    const stored = await storedEvent(id);
    expect(stored.event).toMatchObject({ auth_method: "token" });
    expect(stored.event!.processed_at).not.toBeNull();
    expect(stored.result).toMatchObject({
      status: "ignored",
      reason: `a Kajabi ${event} event, not a tag change`,
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1 });
  });
});

describe("the token (401, nothing stored)", () => {
  test.each([
    ["a missing token", null],
    ["an empty token", ""],
    ["a wrong token", "x".repeat(KAJABI_TOKEN.length)],
    ["the token with one character changed", `${KAJABI_TOKEN.slice(0, -1)}!`],
    ["a prefix of the token", KAJABI_TOKEN.slice(0, 10)],
    ["a token longer than any allowed", KAJABI_TOKEN + "a".repeat(300)],
  ])("%s", async (_label, token) => {
    const user = await createUser();
    const before = await counts();
    const response = await deliverNative(nativeKajabiBody({ email: user.email }), token);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("UNAUTHENTICATED");
    expect(await counts()).toEqual(before);
  });

  test("a signature is no token: with only the token configured, a signed body gets 401", async () => {
    const body = kajabiBody({ email: uniqueEmail() });
    const response = await deliver(body, sign(body));
    expect(response.status).toBe(401);
    expect(response.body.error.message).toContain("?token=");
  });

  test("with only the signature secret configured, the token is refused", async () => {
    delete process.env.KAJABI_WEBHOOK_TOKEN;
    process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
    const response = await deliverNative(nativeKajabiBody({ email: uniqueEmail() }));
    expect(response.status).toBe(401);
  });

  test("with neither configured the endpoint refuses to run: 503", async () => {
    delete process.env.KAJABI_WEBHOOK_TOKEN;
    expect((await deliverNative(nativeKajabiBody({ email: uniqueEmail() }))).status).toBe(503);
  });

  test("with both configured, either proof is enough, and the stored event says which", async () => {
    process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
    const signed = kajabiBody({ email: uniqueEmail(), tag: "newsletter" });
    expect((await deliver(signed)).body.status).toBe("ignored");
    const native = nativeKajabiBody({ email: uniqueEmail(), tag: "newsletter" });
    const badSignature = { "x-kajabi-signature": "0".repeat(64) };
    expect((await deliverNative(native, KAJABI_TOKEN, badSignature)).body.status).toBe("ignored");
    expect((await storedEvent(JSON.parse(signed).event_id)).event!.auth_method).toBe("hmac");
    expect((await storedEvent(idOf(native))).event!.auth_method).toBe("token");
  });
});

describe("processing, as for signed events", () => {
  test("a repeated id is a duplicate with no new effect", async () => {
    const user = await createUser();
    const body = nativeKajabiBody({ email: user.email });
    expect((await deliverNative(body)).body.status).toBe("credited");
    expect((await deliverNative(body)).body.status).toBe("duplicate");
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("the same tag under a new id: duplicate, no second credit", async () => {
    const user = await createUser();
    expect((await deliverNative(nativeKajabiBody({ email: user.email }))).body.status).toBe(
      "credited",
    );
    expect((await deliverNative(nativeKajabiBody({ email: user.email }))).body.status).toBe(
      "duplicate",
    );
    expect(await learnPoints(user.id)).toBe(10);
  });

  test("both courses: 20 points and the STARTER badge", async () => {
    const user = await createUser();
    for (const tag of ["Elevate-AI-1-Completed", " elevate-ai-2-completed "])
      expect((await deliverNative(nativeKajabiBody({ email: user.email, tag }))).body.status).toBe(
        "credited",
      );
    expect(await learnPoints(user.id)).toBe(20);
    const badges = await privileged(SYSTEM, (tx) =>
      tx.select().from(earned_badges).where(eq(earned_badges.user_id, user.id)),
    );
    expect(badges.map((b) => b.badge_code)).toEqual(["STARTER"]);
  });

  test("an unknown email waits as unmatched, then is credited when that email signs up", async () => {
    const email = uniqueEmail("native-later");
    const body = nativeKajabiBody({ email: email.toUpperCase(), name: null, contactId: 5150 });
    expect((await deliverNative(body)).body).toEqual({ status: "unmatched" });
    expect((await storedEvent(idOf(body))).event!.processed_at).toBeNull();

    const { user } = await signUp("Native Late Joiner", email);
    expect(await learnPoints(user.id)).toBe(10);
    const { event, result } = await storedEvent(idOf(body));
    expect(event).toMatchObject({ user_match: user.id });
    expect(event!.processed_at).not.toBeNull();
    expect(result).toMatchObject({ status: "credited", points: 10 });
  });

  test("the contact id is linked, and later events match by it", async () => {
    const user = await createUser();
    await deliverNative(nativeKajabiBody({ email: user.email, contactId: "kj-native-1" }));
    const other = nativeKajabiBody({
      email: uniqueEmail("renamed"),
      contactId: "kj-native-1",
      tag: "elevate-ai-2-completed",
    });
    expect((await deliverNative(other)).body.status).toBe("credited");
    expect(await learnPoints(user.id)).toBe(20);
  });

  test("20 concurrent identical deliveries: one stored event, one credit", async () => {
    const user = await createUser();
    const body = nativeKajabiBody({ email: user.email });
    const responses = await Promise.all(Array.from({ length: 20 }, () => deliverNative(body)));
    const statuses = responses.map((r) => r.body.status);
    expect(statuses.filter((s) => s === "credited")).toHaveLength(1);
    expect(statuses.filter((s) => s === "duplicate")).toHaveLength(19);
    expect(await learnPoints(user.id)).toBe(10);
  });

  test.each([
    ["no contacts resource", (p: unknown[]) => p.slice(1)],
    ["no contact_tags resource", (p: unknown[]) => p.slice(0, 1)],
    ["a contact without email", (p: unknown[]) => [withAttribute(p[0], "email", null), p[1]]],
    ["a tag without a name", (p: unknown[]) => [p[0], withAttribute(p[1], "name", null)]],
  ])("a tag event with %s: 400, nothing stored", async (_label, change) => {
    const body = JSON.parse(nativeKajabiBody({ email: uniqueEmail() }));
    const before = await counts();
    const response = await deliverNative(
      JSON.stringify({ ...body, payload: change(body.payload) }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(await counts()).toEqual(before);
  });
});

function withAttribute(resource: unknown, key: string, value: unknown) {
  const copy = structuredClone(resource) as { attributes: Record<string, unknown> };
  copy.attributes[key] = value;
  return copy;
}

describe("fuzzing native bodies (never a 500, nothing credited)", () => {
  let seed = 20261130;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const junk = (depth = 0): unknown =>
    pick<() => unknown>([
      () => null,
      () => random() * 1e9,
      () => -1,
      () => false,
      () => "",
      () => "x".repeat(Math.floor(random() * 5000)),
      () => "😀\u202e'; DROP TABLE users; --",
      () => (depth > 2 ? [] : Array.from({ length: 3 }, () => junk(depth + 1))),
      () =>
        depth > 2
          ? {}
          : {
              type: pick(["contacts", "contact_tags", 7]),
              id: junk(depth + 1),
              attributes: junk(depth + 1),
            },
    ])();
  const valid = () => JSON.parse(nativeKajabiBody({ email: uniqueEmail("fuzz") }));
  const mutations: (() => string)[] = [
    () => JSON.stringify(junk()),
    () => JSON.stringify({ ...valid(), id: junk() }),
    () => JSON.stringify({ ...valid(), event: junk() }),
    () => JSON.stringify({ ...valid(), event: pick(["tag_removed", "purchase", "TAG_ADDED"]) }),
    () => JSON.stringify({ ...valid(), payload: junk() }),
    () => JSON.stringify({ ...valid(), payload: [junk(), junk()] }),
    () => {
      const body = valid();
      body.payload[0].attributes = junk();
      return JSON.stringify(body);
    },
    () => {
      const body = valid();
      body.payload[1].attributes.name = junk();
      return JSON.stringify(body);
    },
    () => {
      const body = valid();
      body.payload[0].attributes.email = junk();
      return JSON.stringify(body);
    },
    () => JSON.stringify({ ...valid(), id: "e".repeat(10_000) }),
    () => JSON.stringify(valid()).slice(0, Math.floor(random() * 400)),
  ];

  test("300 mutated bodies with the token: 2xx or 4xx; without it always 401; no credit", async () => {
    const before = await counts();
    for (let i = 0; i < 300; i++) {
      const body = pick(mutations)();
      const withToken = await deliverNative(body);
      expect(withToken.status, `with token: ${body.slice(0, 200)}`).toBeLessThan(500);
      if (withToken.status === 200)
        expect(["ignored", "unmatched", "duplicate"]).toContain(withToken.body.status);
      else expect(withToken.body.error.code).toEqual(expect.any(String));
      expect((await deliverNative(body, null)).status).toBe(401);
    }
    expect((await counts()).ledger).toBe(before.ledger);
  });
});

describe("the admin's test event", () => {
  const send = () => {
    const delivery = buildKajabiTestDelivery();
    return call(kajabiWebhook, "POST", delivery.path, {
      rawBody: delivery.body,
      headers: delivery.headers,
    }).then((response) => ({ delivery, response }));
  };

  test("goes through the endpoint with the token, is stored as native and ignored", async () => {
    const { delivery, response } = await send();
    expect(response.body).toEqual({ status: "ignored" });
    expect(delivery.authMethod).toBe("token");
    const { event, result } = await storedEvent(delivery.eventId);
    expect(event).toMatchObject({ auth_method: "token", payload: JSON.parse(delivery.body) });
    expect(result).toMatchObject({ status: "ignored", points: 0 });
  });

  test("is signed when only the HMAC secret is configured; refused when nothing is", async () => {
    delete process.env.KAJABI_WEBHOOK_TOKEN;
    process.env.KAJABI_WEBHOOK_SECRET = KAJABI_SECRET;
    const { delivery, response } = await send();
    expect(response.body).toEqual({ status: "ignored" });
    expect((await storedEvent(delivery.eventId)).event!.auth_method).toBe("hmac");
    delete process.env.KAJABI_WEBHOOK_SECRET;
    expect(() => buildKajabiTestDelivery()).toThrow(/KAJABI_WEBHOOK_TOKEN/);
  });

  test("the admin list shows both formats' contact, tag and authentication", async () => {
    const user = await createUser();
    const native = nativeKajabiBody({
      email: user.email,
      contactId: "kj-list-1",
      tag: "newsletter",
    });
    await deliverNative(native);
    const list = await call(listEvents, "GET", "/api/admin/kajabi/events?limit=1", {
      cookie: admin.cookie,
    });
    const [row] = list.body.items;
    expect(row).toMatchObject({
      id: idOf(native),
      authMethod: "token",
      eventType: "tag_added",
      tag: "newsletter",
      contactEmail: user.email,
      contactId: "kj-list-1",
    });
  });
});
