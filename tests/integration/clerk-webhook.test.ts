/**
 * Clerk mode (docs/product.md §2, issue 3): the Svix-signed user webhook, idempotent per
 * svix-id: user.created and user.updated, duplicates, concurrency, unhandled event types;
 * deliveries refused for their signature, shape, size or a missing secret write nothing.
 */
import { describe, expect, test } from "vitest";
import {
  clerkEvent,
  clerkUserData,
  clerkUserId,
  svixMessageId,
  webhookSecret,
} from "../helpers/clerk-peer";
import {
  counts,
  deliver,
  expectError,
  expectNothingWritten,
  expectProcessed,
  send,
  setupClerkMode,
  userCreated,
  userRow,
  userUpdated,
} from "../helpers/clerk-mode";

const { peer } = setupClerkMode({ staffFirst: true });

describe("webhook: user events", () => {
  test("user.created: 200 processed, the row from Clerk's payload", async () => {
    const id = clerkUserId();
    const before = await counts();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "Ada.Lovelace@Example.TEST",
          otherEmails: ["old-address@example.test"],
          firstName: "Ada",
          lastName: "Lovelace",
          imageUrl: "https://img.clerk.com/ada.png",
        }),
      ),
    );
    expect(await userRow(id)).toMatchObject({
      email: "ada.lovelace@example.test",
      name: "Ada Lovelace",
      handle: "ada-lovelace",
      avatar_url: "https://img.clerk.com/ada.png",
      role: "PARTICIPANT",
    });
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.deliveries).toBe(before.deliveries + 1);
  });

  test("user.created with only a username names the user by it", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id, email: "nick@example.test", username: "nickname" })),
    );
    expect(await userRow(id)).toMatchObject({ name: "nickname", email: "nick@example.test" });
  });

  test("user.updated changes name, email and avatar", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "grace@example.test",
          firstName: "Grace",
          lastName: "Brewster",
          imageUrl: "https://img.clerk.com/g1.png",
        }),
      ),
    );
    const handle = (await userRow(id))?.handle;
    await expectProcessed(
      await send(
        userUpdated({
          id,
          email: "Grace.Hopper@Example.TEST",
          otherEmails: ["grace@example.test"],
          firstName: "Grace",
          lastName: "Hopper",
          imageUrl: "https://img.clerk.com/g2.png",
        }),
      ),
    );
    expect(await userRow(id)).toMatchObject({
      name: "Grace Hopper",
      email: "grace.hopper@example.test",
      avatar_url: "https://img.clerk.com/g2.png",
      handle,
    });
  });

  test("user.updated for a user the database does not know yet creates them", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userUpdated({ id, email: "late@example.test", firstName: "Late", lastName: "Comer" }),
      ),
    );
    expect(await userRow(id)).toMatchObject({ name: "Late Comer", email: "late@example.test" });
  });

  test("user.updated to an email another account uses: 409, nothing changes, delivery not recorded", async () => {
    const taken = clerkUserId();
    const mover = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: taken, email: "taken@example.test", firstName: "Taken" })),
    );
    await expectProcessed(
      await send(userCreated({ id: mover, email: "mover@example.test", firstName: "Mover" })),
    );
    await expectNothingWritten(async () => {
      await expectError(
        await send(userUpdated({ id: mover, email: "Taken@Example.test", firstName: "Moved" })),
        409,
        "CONFLICT",
      );
    });
    expect(await userRow(mover)).toMatchObject({ email: "mover@example.test", name: "Mover" });
  });

  test("the same svix-id again: 200 duplicate and no change, even with another body", async () => {
    const id = clerkUserId();
    const msgId = svixMessageId();
    const created = userCreated({ id, email: "once@example.test", firstName: "Once" });
    await expectProcessed(await send(created, { id: msgId }));

    await expectNothingWritten(async () => {
      await expectProcessed(await send(created, { id: msgId }), "duplicate");
      const renamed = userUpdated({ id, email: "twice@example.test", firstName: "Twice" });
      await expectProcessed(await send(renamed, { id: msgId }), "duplicate");
    });
    expect(await userRow(id)).toMatchObject({ name: "Once", email: "once@example.test" });
  });

  test("ten concurrent deliveries of one event: one delivery row, one user", async () => {
    const id = clerkUserId();
    const body = userCreated({ id, email: "tenfold@example.test", firstName: "Ten" });
    const headers = peer.webhookHeaders(body);
    const before = await counts();
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(body, headers)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const statuses = (await Promise.all(responses.map((r) => r.json()))) as { status: string }[];
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "processed",
    ]);
    const after = await counts();
    expect(after.deliveries).toBe(before.deliveries + 1);
    expect(after.users).toBe(before.users + 1);
    expect((await userRow(id))?.email).toBe("tenfold@example.test");
  });

  test("an event type the app does not handle: 200 ignored, no user written", async () => {
    const before = await counts();
    const body = clerkEvent("session.created", {
      id: "sess_abc",
      object: "session",
      user_id: clerkUserId(),
      status: "active",
    });
    await expectProcessed(await send(body), "ignored");
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.audit).toBe(before.audit);
  });
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
