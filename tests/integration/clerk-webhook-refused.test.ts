/**
 * Clerk mode (docs/product.md §2, issue 3): webhook deliveries refused for their
 * signature, shape, size or a missing secret write nothing.
 */
import { beforeAll, describe, expect, test } from "vitest";
import {
  clerkEvent,
  clerkUserData,
  clerkUserId,
  svixMessageId,
  webhookSecret,
  type ClerkPeer,
} from "../helpers/clerk-peer";
import {
  clerkPeer,
  deliver,
  send,
  userCreated,
  expectProcessed,
  expectError,
  userRow,
  expectNothingWritten,
  setupClerkMode,
} from "../helpers/clerk-mode";

setupClerkMode({ staffFirst: true });
let peer: ClerkPeer;
beforeAll(() => {
  peer = clerkPeer();
});

describe("webhook: refused deliveries", () => {
  const without = (headers: Record<string, string>, name: string) => {
    const copy = { ...headers };
    delete copy[name];
    return copy;
  };

  const unauthenticated: [
    string,
    (body: string) => { body: string; headers: Record<string, string> },
  ][] = [
    ["no svix-id", (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-id") })],
    [
      "no svix-timestamp",
      (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-timestamp") }),
    ],
    [
      "no svix-signature",
      (body) => ({ body, headers: without(peer.webhookHeaders(body), "svix-signature") }),
    ],
    [
      "no svix headers at all",
      (body) => ({ body, headers: { "content-type": "application/json" } }),
    ],
    [
      "the body altered after signing",
      (body) => ({ body: body.replace("Mallory", "Mallorz"), headers: peer.webhookHeaders(body) }),
    ],
    [
      "signed with another secret",
      (body) => ({ body, headers: peer.webhookHeaders(body, { secret: webhookSecret() }) }),
    ],
    [
      "a timestamp 10 minutes old",
      (body) => ({
        body,
        headers: peer.webhookHeaders(body, { timestamp: new Date(Date.now() - 10 * 60_000) }),
      }),
    ],
    [
      "a timestamp 10 minutes ahead",
      (body) => ({
        body,
        headers: peer.webhookHeaders(body, { timestamp: new Date(Date.now() + 10 * 60_000) }),
      }),
    ],
    [
      "a valid signature replayed under a new svix-id",
      (body) => ({ body, headers: { ...peer.webhookHeaders(body), "svix-id": svixMessageId() } }),
    ],
    [
      "a garbage signature",
      (body) => ({ body, headers: { ...peer.webhookHeaders(body), "svix-signature": "v1,AAAA" } }),
    ],
  ];

  test.each(unauthenticated)("%s: 401, nothing written", async (_name, build) => {
    const id = clerkUserId();
    const { body, headers } = build(
      userCreated({ id, email: `${id.toLowerCase()}@example.test`, firstName: "Mallory" }),
    );
    await expectNothingWritten(async () => {
      await expectError(await deliver(body, headers), 401, "UNAUTHENTICATED");
    });
    expect(await userRow(id)).toBeUndefined();
  });

  const malformed: [string, (id: string) => string][] = [
    ["malformed JSON", (id) => `{"type":"user.created","data":{"id":"${id}"`],
    ["a JSON array", () => "[]"],
    [
      "data.id a number",
      () => clerkEvent("user.created", { ...clerkUserData({ id: "x" }), id: 42 }),
    ],
    [
      "email_addresses not an array",
      (id) =>
        clerkEvent("user.created", {
          ...clerkUserData({ id }),
          email_addresses: "someone@example.test",
        }),
    ],
    [
      "an email address without its id",
      (id) =>
        clerkEvent("user.updated", {
          ...clerkUserData({ id }),
          email_addresses: [{ email_address: "someone@example.test" }],
        }),
    ],
    ["no type", (id) => JSON.stringify({ object: "event", data: clerkUserData({ id }) })],
    ["user.created without data", () => JSON.stringify({ object: "event", type: "user.created" })],
    ["user.deleted with a numeric id", () => clerkEvent("user.deleted", { deleted: true, id: 7 })],
  ];

  test.each(malformed)(
    "a valid signature over %s: 400 VALIDATION_FAILED, nothing written",
    async (_name, build) => {
      const id = clerkUserId();
      await expectNothingWritten(async () => {
        await expectError(await send(build(id)), 400, "VALIDATION_FAILED");
      });
      expect(await userRow(id)).toBeUndefined();
    },
  );

  test("a body over 256 KiB: 413, nothing written", async () => {
    const id = clerkUserId();
    const body = clerkEvent("user.created", {
      ...clerkUserData({ id, email: "big@example.test", firstName: "Big" }),
      unsafe_metadata: { padding: "x".repeat(300 * 1024) },
    });
    await expectNothingWritten(async () => {
      await expectError(await send(body), 413, "PAYLOAD_TOO_LARGE");
    });
    expect(await userRow(id)).toBeUndefined();
  });

  test("CLERK_WEBHOOK_SECRET unset: 503, nothing written", async () => {
    const id = clerkUserId();
    const body = userCreated({ id, email: "nosecret@example.test", firstName: "No" });
    const headers = peer.webhookHeaders(body);
    delete process.env.CLERK_WEBHOOK_SECRET;
    try {
      await expectNothingWritten(async () => {
        await expectError(await deliver(body, headers), 503, "SERVICE_UNAVAILABLE");
      });
    } finally {
      process.env.CLERK_WEBHOOK_SECRET = peer.secret;
    }
    expect(await userRow(id)).toBeUndefined();
    // The same delivery is processed once the secret is back (nothing was recorded).
    await expectProcessed(await deliver(body, headers));
    expect((await userRow(id))?.email).toBe("nosecret@example.test");
  });
});
