/**
 * Kajabi's native hooks feed the same processing as signed events (docs/product.md §6):
 * exactly once per id and per (user, tag), the LEARN cap and badges, the unmatched queue,
 * malformed bodies refused, fuzzed bodies never a 500.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { earned_badges } from "../../src/server/db/schema";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { verifyByMail } from "../helpers/outbox";
import { createUser } from "../helpers/factories";
import { kajabiCounts, learnPointsOf, storedKajabiEvent } from "../helpers/kajabi-records";
import { deliverNative, KAJABI_TOKEN, nativeKajabiBody } from "../helpers/kajabi-sender";
import { setupTestDatabase } from "../helpers/test-database";
import { seededFuzzer } from "../helpers/fuzz";

const database = setupTestDatabase();
const counts = () => kajabiCounts(database());
const learnPoints = (userId: string) => learnPointsOf(database(), userId);
const storedEvent = storedKajabiEvent;
const idOf = (body: string) => JSON.parse(body).id as string;
const SYSTEM = { system: "test" } as const;

beforeAll(async () => {
  await signUp("Bootstrap Admin"); // so that later sign-ups are ordinary participants
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

  test("an unknown email waits as unmatched, then is credited when that email is verified", async () => {
    const email = uniqueEmail("native-later");
    const body = nativeKajabiBody({ email: email.toUpperCase(), name: null, contactId: 5150 });
    expect((await deliverNative(body)).body).toEqual({ status: "unmatched" });
    expect((await storedEvent(idOf(body))).event!.processed_at).toBeNull();

    const { user } = await signUp("Native Late Joiner", email);
    expect(await learnPoints(user.id)).toBe(0);
    expect((await verifyByMail(database(), email)).status).toBe(200);
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
  const { random, pick, junkOf } = seededFuzzer(20261130);
  const junk = junkOf(
    [
      () => null,
      () => random() * 1e9,
      () => -1,
      () => false,
      () => "",
      () => "x".repeat(Math.floor(random() * 5000)),
      () => "😀\u202e'; DROP TABLE users; --",
    ],
    (inner, depth) => ({
      type: pick(["contacts", "contact_tags", 7]),
      id: inner(depth),
      attributes: inner(depth),
    }),
  );
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
