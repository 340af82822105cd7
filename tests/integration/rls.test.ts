/**
 * Row level security of docs/product.md §9, proven from the database side: each query runs as the
 * `authenticated` role with a user's claims (withUser) or as `anon` (asVisitor), and
 * the test shows what is allowed and what is refused.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import {
  activities,
  audit_log,
  badges,
  earned_badges,
  kajabi_events,
  points_ledger,
  submissions,
  users,
} from "../../src/server/db/schema";
import type { Tx } from "../../src/server/db/types";
import { withUser } from "../../src/server/db/with-user";
import { expectRefused, PERMISSION_DENIED, RLS_REFUSAL } from "../helpers/db-assertions";
import { addPoints, createSubmission, createUser, type TestUser } from "../helpers/factories";
import { queryRows } from "../../src/server/db/query-rows";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();

let alice: TestUser; // participant
let bob: TestUser; // participant
let rita: TestUser; // reviewer
let adam: TestUser; // admin
let sue: TestUser; // superadmin

const as = <T>(user: TestUser, fn: (tx: Tx) => Promise<T>) =>
  withUser({ userId: user.id, role: user.role }, fn);

beforeAll(async () => {
  alice = await createUser({ role: "PARTICIPANT" });
  bob = await createUser({ role: "PARTICIPANT" });
  rita = await createUser({ role: "REVIEWER" });
  adam = await createUser({ role: "ADMIN" });
  sue = await createUser({ role: "SUPERADMIN" });
});

describe("every table has row level security enabled and forced", () => {
  test("no public table is without it", async () => {
    const rows = await queryRows<{ name: string; enabled: boolean; forced: boolean }>(
      database(),
      `SELECT relname AS name, relrowsecurity AS enabled, relforcerowsecurity AS forced
         FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) expect(row, row.name).toMatchObject({ enabled: true, forced: true });
  });
});

describe("users", () => {
  test("a participant reads their own row, email included", async () => {
    const rows = await as(alice, (tx) => tx.select().from(users));
    expect(rows.map((r) => r.email)).toEqual([alice.email]);
  });

  test("a participant reads other people's public profile rows, which have no email", async () => {
    const rows = await as(alice, (tx) =>
      queryRows<Record<string, unknown>>(
        tx,
        `SELECT * FROM public_profiles WHERE id = '${bob.id}'`,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ handle: bob.handle });
    expect(Object.keys(rows[0]!)).not.toContain("email");
    expect(Object.keys(rows[0]!)).not.toContain("kajabi_contact_id");
  });

  test("a participant cannot read another user's row (and so their email)", async () => {
    const rows = await as(alice, (tx) => tx.select().from(users).where(eq(users.id, bob.id)));
    expect(rows).toEqual([]);
  });

  test("anon reads no user email: the users table is closed, public_profiles has none", async () => {
    await expectRefused(
      asVisitor((tx) => tx.select({ email: users.email }).from(users)),
      PERMISSION_DENIED,
    );
    const rows = await asVisitor((tx) =>
      queryRows<Record<string, unknown>>(
        tx,
        "SELECT id, handle, name, avatar_url, school, cohort, anonymised FROM public_profiles",
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(Object.keys(row)).not.toContain("email");
  });

  test("an owner edits their name, handle, school and avatar", async () => {
    const updated = await as(alice, (tx) =>
      tx
        .update(users)
        .set({ name: "Alice A.", school: "North School" })
        .where(eq(users.id, alice.id))
        .returning(),
    );
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ name: "Alice A.", school: "North School" });
  });

  test("an owner cannot change their own role, cohort or Kajabi contact id", async () => {
    await expectRefused(
      as(alice, (tx) => tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, alice.id))),
      /own role/,
    );
    await expectRefused(
      as(alice, (tx) => tx.update(users).set({ cohort: "2027" }).where(eq(users.id, alice.id))),
      /only admins/,
    );
    await expectRefused(
      as(alice, (tx) =>
        tx.update(users).set({ kajabi_contact_id: "k1" }).where(eq(users.id, alice.id)),
      ),
      /only admins/,
    );
  });

  test("a participant cannot update, insert or delete other users", async () => {
    const updated = await as(alice, (tx) =>
      tx.update(users).set({ name: "hacked" }).where(eq(users.id, bob.id)).returning(),
    );
    expect(updated).toEqual([]);
    await expectRefused(
      as(alice, (tx) =>
        tx
          .insert(users)
          .values({ id: "user_x", handle: "xxx", name: "X", email: "x@example.test" }),
      ),
      RLS_REFUSAL,
    );
    const deleted = await as(alice, (tx) =>
      tx.delete(users).where(eq(users.id, bob.id)).returning(),
    );
    expect(deleted).toEqual([]);
  });

  test("an admin reads every row, sets cohorts and grants up to REVIEWER", async () => {
    const all = await as(adam, (tx) => tx.select({ email: users.email }).from(users));
    expect(all.map((r) => r.email)).toEqual(expect.arrayContaining([alice.email, bob.email]));
    const updated = await as(adam, (tx) =>
      tx
        .update(users)
        .set({ cohort: "2026-A", role: "REVIEWER" })
        .where(eq(users.id, bob.id))
        .returning(),
    );
    expect(updated[0]).toMatchObject({ cohort: "2026-A", role: "REVIEWER" });
    await as(adam, (tx) =>
      tx.update(users).set({ role: "PARTICIPANT" }).where(eq(users.id, bob.id)),
    );
  });

  test("only admins insert users", async () => {
    const inserted = await as(adam, (tx) =>
      tx
        .insert(users)
        .values({ id: "user_by_admin", handle: "by-admin", name: "B", email: "b@example.test" })
        .returning(),
    );
    expect(inserted).toHaveLength(1);
  });

  test("an admin cannot grant ADMIN or change their own role; a superadmin grants ADMIN", async () => {
    await expectRefused(
      as(adam, (tx) => tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, bob.id))),
      /only a SUPERADMIN/,
    );
    await expectRefused(
      as(adam, (tx) => tx.update(users).set({ role: "SUPERADMIN" }).where(eq(users.id, adam.id))),
      /own role/,
    );
    const promoted = await as(sue, (tx) =>
      tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, bob.id)).returning(),
    );
    expect(promoted[0]?.role).toBe("ADMIN");
    await as(sue, (tx) =>
      tx.update(users).set({ role: "PARTICIPANT" }).where(eq(users.id, bob.id)),
    );
  });

  test("the last SUPERADMIN stays, even on the privileged path", async () => {
    await expectRefused(
      privileged({ system: "test" }, (tx) =>
        tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, sue.id)),
      ),
      /last SUPERADMIN/,
    );
    const second = await createUser({ role: "SUPERADMIN" });
    const demoted = await as(second, (tx) =>
      tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, sue.id)).returning(),
    );
    expect(demoted[0]?.role).toBe("ADMIN");
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ role: "SUPERADMIN" }).where(eq(users.id, sue.id)),
    );
    await privileged({ system: "test" }, (tx) =>
      tx.update(users).set({ role: "PARTICIPANT" }).where(eq(users.id, second.id)),
    );
  });
});

describe("submissions", () => {
  const payload = { reflection: "x" };

  test("an owner inserts their own PENDING submission, never someone else's or a reviewed one", async () => {
    const inserted = await as(alice, (tx) =>
      tx
        .insert(submissions)
        .values({ user_id: alice.id, activity_code: "EXPLORE", payload, attachments: [] })
        .returning(),
    );
    expect(inserted[0]?.status).toBe("PENDING");
    await expectRefused(
      as(alice, (tx) =>
        tx
          .insert(submissions)
          .values({ user_id: bob.id, activity_code: "EXPLORE", payload, attachments: [] }),
      ),
      RLS_REFUSAL,
    );
    await expectRefused(
      as(alice, (tx) =>
        tx.insert(submissions).values({
          user_id: alice.id,
          activity_code: "EXPLORE",
          status: "APPROVED",
          payload,
          attachments: [],
        }),
      ),
      RLS_REFUSAL,
    );
  });

  test("PRIVATE submissions are read by their owner and reviewers only", async () => {
    const secret = await createSubmission({
      user_id: bob.id,
      visibility: "PRIVATE",
      status: "APPROVED",
    });
    const byAlice = await as(alice, (tx) =>
      tx.select().from(submissions).where(eq(submissions.id, secret.id)),
    );
    expect(byAlice).toEqual([]);
    const byBob = await as(bob, (tx) =>
      tx.select().from(submissions).where(eq(submissions.id, secret.id)),
    );
    expect(byBob).toHaveLength(1);
    const byRita = await as(rita, (tx) =>
      tx.select().from(submissions).where(eq(submissions.id, secret.id)),
    );
    expect(byRita).toHaveLength(1);
    const byVisitor = await asVisitor((tx) =>
      tx.select({ id: submissions.id }).from(submissions).where(eq(submissions.id, secret.id)),
    );
    expect(byVisitor).toEqual([]);
  });

  test("PUBLIC and APPROVED submissions are read by everyone; PUBLIC but PENDING ones are not", async () => {
    const shown = await createSubmission({
      user_id: bob.id,
      visibility: "PUBLIC",
      status: "APPROVED",
    });
    const pending = await createSubmission({
      user_id: bob.id,
      visibility: "PUBLIC",
      status: "PENDING",
    });
    const ids = [shown.id, pending.id];
    const byAlice = await as(alice, (tx) => tx.select({ id: submissions.id }).from(submissions));
    expect(byAlice.map((r) => r.id).filter((id) => ids.includes(id))).toEqual([shown.id]);
    const byVisitor = await asVisitor((tx) => tx.select({ id: submissions.id }).from(submissions));
    expect(byVisitor.map((r) => r.id).filter((id) => ids.includes(id))).toEqual([shown.id]);
  });

  test("a reviewer reads all submissions", async () => {
    const count = async (fn: () => Promise<{ n: number }[]>) => Number((await fn())[0]!.n);
    const total = await count(() =>
      privileged({ system: "test" }, (tx) =>
        tx.select({ n: sql<number>`count(*)` }).from(submissions),
      ),
    );
    const byRita = await count(() =>
      as(rita, (tx) => tx.select({ n: sql<number>`count(*)` }).from(submissions)),
    );
    expect(total).toBeGreaterThan(0);
    expect(byRita).toBe(total);
  });

  test("an owner edits a PENDING submission but not an APPROVED one, whose visibility they may still switch", async () => {
    const pending = await createSubmission({ user_id: alice.id, status: "PENDING" });
    const edited = await as(alice, (tx) =>
      tx
        .update(submissions)
        .set({ payload: { reflection: "edited" } })
        .where(eq(submissions.id, pending.id))
        .returning(),
    );
    expect(edited[0]?.payload).toEqual({ reflection: "edited" });

    const approved = await createSubmission({
      user_id: alice.id,
      status: "APPROVED",
      visibility: "PRIVATE",
    });
    await expectRefused(
      as(alice, (tx) =>
        tx
          .update(submissions)
          .set({ payload: { reflection: "rewritten" } })
          .where(eq(submissions.id, approved.id)),
      ),
      /can no longer be edited/,
    );
    const switched = await as(alice, (tx) =>
      tx
        .update(submissions)
        .set({ visibility: "PUBLIC" })
        .where(eq(submissions.id, approved.id))
        .returning(),
    );
    expect(switched[0]?.visibility).toBe("PUBLIC");
  });

  test("an owner cannot approve their own submission or write review fields", async () => {
    const pending = await createSubmission({ user_id: alice.id });
    await expectRefused(
      as(alice, (tx) =>
        tx.update(submissions).set({ status: "APPROVED" }).where(eq(submissions.id, pending.id)),
      ),
      /only reviewers/,
    );
    await expectRefused(
      as(alice, (tx) =>
        tx.update(submissions).set({ reviewer_id: alice.id }).where(eq(submissions.id, pending.id)),
      ),
      /only reviewers/,
    );
  });

  test("nobody updates someone else's submission", async () => {
    const theirs = await createSubmission({ user_id: bob.id });
    const updated = await as(alice, (tx) =>
      tx
        .update(submissions)
        .set({ visibility: "PUBLIC" })
        .where(eq(submissions.id, theirs.id))
        .returning(),
    );
    expect(updated).toEqual([]);
  });

  test("an owner withdraws (deletes) a PENDING submission, not a reviewed one", async () => {
    const pending = await createSubmission({ user_id: alice.id });
    const rejected = await createSubmission({ user_id: alice.id, status: "REJECTED" });
    const deleted = await as(alice, (tx) =>
      tx
        .delete(submissions)
        .where(sql`${submissions.id} IN (${pending.id}, ${rejected.id})`)
        .returning({ id: submissions.id }),
    );
    expect(deleted.map((r) => r.id)).toEqual([pending.id]);
  });
});

describe("points_ledger", () => {
  beforeAll(async () => {
    await addPoints(alice.id, 50);
    await addPoints(bob.id, 20);
  });

  test("an owner reads their own rows only; a reviewer reads all", async () => {
    const byAlice = await as(alice, (tx) => tx.select().from(points_ledger));
    expect(new Set(byAlice.map((r) => r.user_id))).toEqual(new Set([alice.id]));
    const byRita = await as(rita, (tx) => tx.select().from(points_ledger));
    expect(new Set(byRita.map((r) => r.user_id))).toEqual(new Set([alice.id, bob.id]));
  });

  test("a participant cannot insert a ledger row", async () => {
    await expectRefused(
      as(alice, (tx) =>
        tx.insert(points_ledger).values({
          user_id: alice.id,
          activity_code: "EXPLORE",
          source: "MANUAL",
          delta_points: 1000,
        }),
      ),
      PERMISSION_DENIED,
    );
  });

  test("nobody updates or deletes a ledger row through RLS either", async () => {
    await expectRefused(
      as(adam, (tx) => tx.update(points_ledger).set({ delta_points: 0 })),
      PERMISSION_DENIED,
    );
    await expectRefused(
      as(adam, (tx) => tx.delete(points_ledger)),
      PERMISSION_DENIED,
    );
  });

  test("user_points_summary shows a participant their own totals and a reviewer everyone's", async () => {
    const mine = await as(alice, (tx) =>
      queryRows<{ user_id: string; total_points: number }>(tx, "SELECT * FROM user_points_summary"),
    );
    expect(mine).toEqual([expect.objectContaining({ user_id: alice.id, total_points: 50 })]);
    const all = await as(rita, (tx) =>
      queryRows<{ user_id: string }>(tx, "SELECT * FROM user_points_summary"),
    );
    expect(all.map((r) => r.user_id)).toEqual(expect.arrayContaining([alice.id, bob.id]));
  });
});

describe("audit_log", () => {
  test("every user inserts rows whose actor is themself, and no other", async () => {
    // No RETURNING: the inserted row must pass the SELECT policy too, and only admins read.
    await as(alice, (tx) =>
      tx.insert(audit_log).values({ actor_id: alice.id, action: "profile.update" }),
    );
    await expectRefused(
      as(alice, (tx) => tx.insert(audit_log).values({ actor_id: bob.id, action: "forged" })),
      RLS_REFUSAL,
    );
  });

  test("only admins read it", async () => {
    expect(await as(alice, (tx) => tx.select().from(audit_log))).toEqual([]);
    expect(await as(rita, (tx) => tx.select().from(audit_log))).toEqual([]);
    const byAdam = await as(adam, (tx) => tx.select().from(audit_log));
    expect(byAdam.map((r) => r.actor_id)).toContain(alice.id);
  });
});

describe("kajabi_events", () => {
  test("admins only", async () => {
    const inserted = await as(adam, (tx) =>
      tx
        .insert(kajabi_events)
        .values({ id: "evt_1", payload: { event_id: "evt_1" } })
        .returning(),
    );
    expect(inserted).toHaveLength(1);
    expect(await as(alice, (tx) => tx.select().from(kajabi_events))).toEqual([]);
    expect(await as(rita, (tx) => tx.select().from(kajabi_events))).toEqual([]);
    expect(await as(adam, (tx) => tx.select().from(kajabi_events))).toHaveLength(1);
    await expectRefused(
      as(alice, (tx) => tx.insert(kajabi_events).values({ id: "evt_2", payload: {} })),
      RLS_REFUSAL,
    );
    await expectRefused(
      asVisitor((tx) => tx.select().from(kajabi_events)),
      PERMISSION_DENIED,
    );
  });
});

describe("activities, badges, earned_badges", () => {
  test("everyone reads them, visitors included", async () => {
    expect(await asVisitor((tx) => tx.select().from(activities))).toHaveLength(5);
    expect(await as(alice, (tx) => tx.select().from(badges))).toHaveLength(7);
  });

  test("only admins write activities and badges", async () => {
    const byAlice = await as(alice, (tx) =>
      tx
        .update(activities)
        .set({ default_points: 999 })
        .where(eq(activities.code, "EXPLORE"))
        .returning(),
    );
    expect(byAlice).toEqual([]);
    await expectRefused(
      as(alice, (tx) =>
        tx
          .insert(badges)
          .values({ code: "X", name: "X", description: "X", criteria: { kind: "manual" } }),
      ),
      RLS_REFUSAL,
    );
    const byAdam = await as(adam, (tx) =>
      tx
        .insert(badges)
        .values({
          code: "MENTOR",
          name: "Mentor",
          description: "Manual",
          criteria: { kind: "manual" },
        })
        .returning(),
    );
    expect(byAdam).toHaveLength(1);
  });

  test("earned_badges are written by the privileged path only", async () => {
    await expectRefused(
      as(adam, (tx) =>
        tx.insert(earned_badges).values({ user_id: alice.id, badge_code: "CENTURY" }),
      ),
      PERMISSION_DENIED,
    );
    await privileged({ system: "test" }, (tx) =>
      tx.insert(earned_badges).values({ user_id: alice.id, badge_code: "CENTURY" }),
    );
    const seen = await asVisitor((tx) =>
      tx.select().from(earned_badges).where(eq(earned_badges.user_id, alice.id)),
    );
    expect(seen.map((r) => r.badge_code)).toEqual(["CENTURY"]);
  });
});
