/**
 * Clerk mode (docs/product.md §2, issue 3): user.deleted anonymises the user and keeps
 * the ledger; nothing brings the person back.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { points_ledger, submissions } from "../../src/server/db/schema";
import { clerkUserDeleted, clerkUserId } from "../helpers/clerk-peer";
import { addPoints, createSubmission } from "../helpers/factories";
import {
  auditRows,
  counts,
  expectProcessed,
  HANDLE,
  send,
  setupClerkMode,
  SYSTEM,
  userCreated,
  userRow,
  userUpdated,
} from "../helpers/clerk-mode";

setupClerkMode({ staffFirst: true });

describe("webhook: user.deleted", () => {
  test("user.deleted for an unknown id: 200 ignored, nothing anonymised or audited", async () => {
    const before = await counts();
    await expectProcessed(await send(clerkUserDeleted(clerkUserId())), "ignored");
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.audit).toBe(before.audit);
  });

  test("user.deleted anonymises the user; submissions become PRIVATE; ledger kept; audited", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(
        userCreated({
          id,
          email: "leaving@example.test",
          firstName: "Lea",
          lastName: "Ving",
          imageUrl: "https://img.clerk.com/lea.png",
        }),
      ),
    );
    const original = await userRow(id);
    const shown = await createSubmission({ user_id: id, status: "APPROVED", visibility: "PUBLIC" });
    const pending = await createSubmission({ user_id: id, visibility: "PUBLIC" });
    await addPoints(id, 40);
    await addPoints(id, 10);
    const ledgerBefore = (await counts()).ledger;

    await expectProcessed(await send(clerkUserDeleted(id)));

    const row = await userRow(id);
    expect(row).toMatchObject({ id, name: "Deleted user", avatar_url: null, school: null });
    expect(row?.email.endsWith("@deleted.invalid")).toBe(true);
    expect(row?.handle.startsWith("deleted-")).toBe(true);
    expect(row?.handle).toMatch(HANDLE);
    expect(row?.handle).not.toBe(original?.handle);

    const own = await privileged(SYSTEM, (tx) =>
      tx.select().from(submissions).where(eq(submissions.user_id, id)),
    );
    expect(own.map((s) => [s.id, s.visibility, s.status]).sort()).toEqual(
      [
        [shown.id, "PRIVATE", "APPROVED"],
        [pending.id, "PRIVATE", "PENDING"],
      ].sort(),
    );

    const ledger = await privileged(SYSTEM, (tx) =>
      tx
        .select({ n: sql<number>`count(*)::int`, total: sql<number>`sum(delta_points)::int` })
        .from(points_ledger)
        .where(eq(points_ledger.user_id, id)),
    );
    expect(ledger[0]).toEqual({ n: 2, total: 50 });
    expect((await counts()).ledger).toBe(ledgerBefore);

    const audit = (await auditRows(id)).filter((a) => a.action === "user.anonymised");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe("system:clerk-webhook");

    const leftovers = await privileged(SYSTEM, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM users WHERE email = 'leaving@example.test' OR name = 'Lea Ving'`,
      ),
    );
    expect(leftovers[0]?.n).toBe(0);
  });

  test("a user.updated delivered after user.deleted does not bring the person back", async () => {
    const id = clerkUserId();
    await expectProcessed(
      await send(userCreated({ id, email: "gone@example.test", firstName: "Gone" })),
    );
    await expectProcessed(await send(clerkUserDeleted(id)));
    const anonymised = await userRow(id);
    await expectProcessed(
      await send(
        userUpdated({ id, email: "gone@example.test", firstName: "Gone", lastName: "Again" }),
      ),
    );
    expect(await userRow(id)).toEqual(anonymised);
  });
});
