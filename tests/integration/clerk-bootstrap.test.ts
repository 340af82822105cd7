/**
 * Clerk mode (docs/product.md §2, issue 3): the bootstrap SUPERADMIN. The database starts
 * empty, so the first Clerk user is the first account; the tests run in order on it.
 */
import { describe, expect, test } from "vitest";
import { clerkUserId } from "../helpers/clerk-peer";
import {
  auditRows,
  bearer,
  counts,
  expectMe,
  expectProcessed,
  getMe,
  send,
  setupClerkMode,
  userCreated,
  userRow,
  userUpdated,
  verifiedAt,
} from "../helpers/clerk-mode";

const { peer } = setupClerkMode({ staffFirst: false });

describe("bootstrap roles", () => {
  let first: string;

  test("the first Clerk user, while no admin exists, becomes SUPERADMIN (audited)", async () => {
    expect((await counts()).users).toBe(0);
    first = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(first))));
    expect(me).toMatchObject({ id: first, role: "SUPERADMIN" });
    expect((await userRow(first))?.role).toBe("SUPERADMIN");
    const audit = await auditRows(first);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.bootstrap_superadmin",
      actor_id: first,
      target_id: first,
    });
  });

  test("a later Clerk user is a PARTICIPANT, not audited as bootstrap", async () => {
    const later = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: later, email: "later@leaps.test", firstName: "Later" })),
    );
    expect((await userRow(later))?.role).toBe("PARTICIPANT");
    // Clerk verified the address: that is recorded, and nothing else.
    expect((await auditRows(later)).map((row) => row.action)).toEqual(["user.email_verified"]);

    const lazy = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(lazy))));
    expect(me.role).toBe("PARTICIPANT");
  });

  test("an ADMIN_EMAILS address delivered by user.created becomes SUPERADMIN (audited)", async () => {
    const boss = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: boss, email: "Boss@Leaps.Test", firstName: "Bo" })),
    );
    const row = await userRow(boss);
    expect(row).toMatchObject({ email: "boss@leaps.test", role: "SUPERADMIN" });
    const audit = await auditRows(boss);
    expect(audit.map((row) => row.action)).toEqual([
      "user.email_verified",
      "user.bootstrap_superadmin",
    ]);
    expect(audit[1]).toMatchObject({
      meta: expect.objectContaining({ reason: "ADMIN_EMAILS" }) as unknown,
    });
  });

  test("an ADMIN_EMAILS address the session token says is unverified stays PARTICIPANT", async () => {
    const chief = clerkUserId();
    const token = await peer.sessionToken(chief, { claims: { email: "chief@LEAPS.test" } });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({ id: chief, email: "chief@leaps.test", role: "PARTICIPANT" });
    expect(me.emailVerified).toBe(false);
  });

  test("an ADMIN_EMAILS address in a token claimed verified (email_verified) becomes SUPERADMIN", async () => {
    process.env.ADMIN_EMAILS += ",deputy@leaps.test";
    const deputy = clerkUserId();
    const token = await peer.sessionToken(deputy, {
      claims: { email: "deputy@leaps.test", email_verified: true },
    });
    const me = await expectMe(await getMe(bearer(token)));
    expect(me).toMatchObject({ id: deputy, role: "SUPERADMIN", emailVerified: true });
  });

  test("a user.updated saying the email is unverified takes the status away, not the role", async () => {
    const who = clerkUserId();
    await expectProcessed(await send(userCreated({ id: who, email: "who@leaps.test" })));
    expect(await verifiedAt(who)).not.toBeNull();
    await expectProcessed(
      await send(userUpdated({ id: who, email: "who@leaps.test", verified: false })),
    );
    expect(await verifiedAt(who)).toBeNull();
  });

  test("an unlisted address is not promoted by ADMIN_EMAILS", async () => {
    const other = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id: other, email: "boss@leaps.test.example", firstName: "Not" })),
    );
    expect((await userRow(other))?.role).toBe("PARTICIPANT");
  });

  // Clerk's default session token has no email claim, so the lazy upsert usually runs
  // before the user.created webhook and stores a placeholder email. The listed address
  // then arrives by webhook and must still make the user SUPERADMIN (issue 3: ADMIN_EMAILS
  // "become SUPERADMIN at sign-up"); otherwise the outcome depends on a race.
  test("an ADMIN_EMAILS address arriving by webhook after the lazy upsert still makes SUPERADMIN", async () => {
    const head = clerkUserId();
    const me = await expectMe(await getMe(bearer(await peer.sessionToken(head))));
    expect(me.role).toBe("PARTICIPANT");
    expect(me.email.endsWith(".invalid")).toBe(true);

    await expectProcessed(
      await send(userCreated({ id: head, email: "head@leaps.test", firstName: "Head" })),
    );
    const row = await userRow(head);
    expect(row?.email).toBe("head@leaps.test");
    expect(row?.role).toBe("SUPERADMIN");
  });
});
