/**
 * Kajabi's native hooks on POST /api/kajabi/webhook (docs/product.md §6): Kajabi's
 * documented bodies verbatim, the token in the URL instead of a signature, and the
 * admin's test event. Processing: kajabi-native-processing.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { GET as listEvents } from "../../src/app/api/admin/kajabi/events/route";
import { POST as kajabiWebhook } from "../../src/app/api/kajabi/webhook/route";
import { buildKajabiTestDelivery } from "../../src/server/kajabi/build-kajabi-test-delivery";
import { signUp, uniqueEmail } from "../helpers/accounts";
import { createUser } from "../helpers/factories";
import { call } from "../helpers/http";
import { kajabiCounts, learnPointsOf, storedKajabiEvent } from "../helpers/kajabi-records";
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
const counts = () => kajabiCounts(database());
const learnPoints = (userId: string) => learnPointsOf(database(), userId);
const storedEvent = storedKajabiEvent;
const idOf = (body: string) => JSON.parse(body).id as string;
const withId = (body: string, id: string) => body.replace('"id": "hash_id"', `"id": "${id}"`);

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
