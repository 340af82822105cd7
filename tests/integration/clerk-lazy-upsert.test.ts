/**
 * Clerk mode (docs/product.md §2, issue 3): the lazy upsert of a Clerk user on their
 * first verified request through GET /api/me, created from the session token's claims.
 */
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { queryRows } from "../../src/server/db/query-rows";
import { clerkUserId } from "../helpers/clerk-peer";
import { addPoints } from "../helpers/factories";
import {
  bearer,
  counts,
  expectMe,
  expectProcessed,
  getMe,
  HANDLE,
  type MeBody,
  send,
  sessionCookie,
  setupClerkMode,
  userCreated,
  userRow,
} from "../helpers/clerk-mode";

const { peer, database } = setupClerkMode({ staffFirst: true });

describe("session tokens: the lazy upsert", () => {
  test("a valid token as Bearer: 200 with the user, created on first sight from the claims", async () => {
    const id = clerkUserId();
    const before = await counts();
    const token = await peer.sessionToken(id, {
      claims: {
        email: "Sari.Oz@Example.TEST",
        name: "Sári Öz",
        image_url: "https://img.clerk.com/sari.png",
      },
    });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({
      id,
      name: "Sári Öz",
      email: "sari.oz@example.test",
      handle: "sari-oz",
      avatarUrl: "https://img.clerk.com/sari.png",
      role: "PARTICIPANT",
      points: 0,
    });
    expect((await counts()).users).toBe(before.users + 1);
    expect(await userRow(id)).toMatchObject({ email: "sari.oz@example.test", handle: "sari-oz" });

    // A second request, now by the __session cookie, finds the same row.
    const again = await expectMe(await getMe(sessionCookie(token)));
    expect(again.id).toBe(id);
    expect(again.handle).toBe("sari-oz");
    expect((await counts()).users).toBe(before.users + 1);
  });

  test("a valid token in the __session cookie alone signs the user in", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Cookie Person" } });
    const me = await expectMe(await getMe(sessionCookie(token)));
    expect(me).toMatchObject({ id, name: "Cookie Person", handle: "cookie-person" });
  });

  test("a second user with the same name gets the next free handle", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Sári Öz" } });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me.handle).toBe("sari-oz-2");
  });

  test("without profile claims: a placeholder .invalid email and a generated handle", async () => {
    const id = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(id))));
    expect(me.id).toBe(id);
    expect(me.email.endsWith(".invalid")).toBe(true);
    expect(me.email).toBe(me.email.toLowerCase());
    expect(me.handle).toMatch(HANDLE);
    expect(me.name.trim().length).toBeGreaterThan(0);
    const row = await userRow(id);
    expect(row?.email).toBe(me.email);
    expect(row?.handle).toBe(me.handle);
  });

  test("the lazy upsert never overwrites what the webhook stored", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({ id, email: "hooked@leaps.test", firstName: "Web", lastName: "Hook" }),
      ),
    );
    const token = await peer.sessionToken(id, {
      claims: { email: "other@leaps.test", name: "Token Name" },
    });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({ id, name: "Web Hook", email: "hooked@leaps.test" });
  });

  test("GET /api/me reports the user's points from the ledger", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id);
    await expectMe(await getMe(bearer(token)));
    await addPoints(id, 15);
    await addPoints(id, 5);
    expect((await expectMe(await getMe(bearer(token)))).points).toBe(20);
  });

  // A browser's first page load sends several requests at once, all before the user row
  // exists. On PostgreSQL the test holds inserts into users (a table lock) until all ten
  // requests have looked for the row and are waiting, so they really overlap; PGlite has
  // one connection and runs them one after another.
  test("ten simultaneous first requests of a new user all succeed with one row", async () => {
    const id = clerkUserId();
    const token = await peer.sessionToken(id, { claims: { name: "Rush Hour" } });
    const before = await counts();
    const fire = () => Promise.all(Array.from({ length: 10 }, () => getMe(bearer(token))));
    let responses: Response[];
    const { engine, db } = database();
    if (engine === "postgres") {
      let pending: Promise<Response[]> | undefined;
      await db.transaction(async (tx) => {
        await tx.execute(sql`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`);
        pending = fire();
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
          const [waiting] = await queryRows<{ n: number }>(
            tx,
            "SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted",
          );
          if ((waiting?.n ?? 0) >= 10) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      if (!pending) throw new Error("requests not sent");
      responses = await pending;
    } else {
      responses = await fire();
    }
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as MeBody[];
    expect(new Set(bodies.map((b) => b.id))).toEqual(new Set([id]));
    expect((await counts()).users).toBe(before.users + 1);
  });
});
