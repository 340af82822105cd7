/**
 * Clerk mode (docs/product.md §2, issue 3): the Svix-signed user webhook, idempotent per
 * svix-id: user.created and user.updated, duplicates, concurrency, unhandled event types.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { clerkEvent, clerkUserId, svixMessageId, type ClerkPeer } from "../helpers/clerk-peer";
import {
  clerkPeer,
  deliver,
  send,
  userCreated,
  userUpdated,
  expectProcessed,
  expectError,
  counts,
  userRow,
  expectNothingWritten,
  setupClerkMode,
} from "../helpers/clerk-mode";

setupClerkMode({ staffFirst: true });
let peer: ClerkPeer;
beforeAll(() => {
  peer = clerkPeer();
});

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
