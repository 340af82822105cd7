/**
 * Database hardening (migration 0013), proven as the API roles: functions cannot be fooled
 * by temporary tables, staff rows and reviewed evidence are guarded by the database
 * itself, visitors read only public columns.
 */
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { submissions, uploads, users } from "../../src/server/db/schema";
import type { Tx } from "../../src/server/db/types";
import { withUser } from "../../src/server/db/with-user";
import { expectRefused, PERMISSION_DENIED, RLS_REFUSAL } from "../helpers/db-assertions";
import { addPoints, createSubmission, createUser, type TestUser } from "../helpers/factories";
import { setupTestDatabase } from "../helpers/test-database";
import { ownerRoleOf, testPostgresUrl } from "../helpers/test-engine";

const database = setupTestDatabase();

let alice: TestUser; // participant
let adam: TestUser; // admin
let sue: TestUser; // superadmin

const as = <T>(user: TestUser, fn: (tx: Tx) => Promise<T>) =>
  withUser({ userId: user.id, role: user.role }, fn);

/** A transaction on one connection that first creates temporary tables as the
 * connection's own role, then continues as `user` under `authenticated`. */
const withShadowTables = <T>(user: TestUser, statements: string[], fn: (tx: Tx) => Promise<T>) =>
  database().db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(sql.raw(statement));
    const claims = JSON.stringify({ sub: user.id });
    await tx.execute(
      sql`SELECT set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`,
    );
    return fn(tx);
  });

const uploadRow = (owner: TestUser, key: string) => ({
  key,
  user_id: owner.id,
  name: "evidence.pdf",
  size: 10,
  content_type: "application/pdf",
  sha256: "a".repeat(64),
});

beforeAll(async () => {
  sue = await createUser({ role: "SUPERADMIN" });
  adam = await createUser({ role: "ADMIN" });
  alice = await createUser({ role: "PARTICIPANT" });
  await addPoints(alice.id, 30);
});

/** The claim helpers' schema: auth, or leaps_auth where auth is Supabase's (decision 026). */
const HELPERS = "coalesce(to_regnamespace('leaps_auth'), 'auth'::regnamespace)";

describe("functions resolve names only in pg_catalog and their own schema-qualified names", () => {
  test("every SECURITY DEFINER function, trigger function and auth helper pins its search_path", async () => {
    const rows = await queryRows<{ name: string; config: string[] | null }>(
      database(),
      `SELECT p.pronamespace::regnamespace || '.' || p.proname AS name, p.proconfig AS config
         FROM pg_proc p
        WHERE p.pronamespace IN ('public'::regnamespace, ${HELPERS})
          AND (p.prosecdef OR p.prorettype = 'trigger'::regtype OR p.pronamespace = ${HELPERS})
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                           WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
    );
    expect(rows.map((r) => r.name)).toContain("public.get_user_total_points");
    expect(rows.map((r) => r.name)).toContain("public.users_keep_last_superadmin");
    expect(rows.map((r) => r.name.replace(/^\w+\./, ""))).toContain("get_user_role");
    for (const row of rows) {
      expect(row.config ?? [], row.name).toContain("search_path=pg_catalog, pg_temp");
    }
  });

  test("the API roles cannot create temporary tables", async () => {
    await expectRefused(
      as(alice, (tx) => tx.execute(sql`CREATE TEMP TABLE users (id text, role text)`)),
      PERMISSION_DENIED,
    );
    await expectRefused(
      asVisitor((tx) => tx.execute(sql`CREATE TEMP TABLE points_ledger (user_id text)`)),
      PERMISSION_DENIED,
    );
  });

  test("a temporary points_ledger does not change get_user_total_points", async () => {
    const [row] = await withShadowTables(
      alice,
      [
        "CREATE TEMP TABLE points_ledger (user_id text, delta_points int) ON COMMIT DROP",
        `INSERT INTO points_ledger VALUES ('${alice.id}', 99999)`,
        "GRANT SELECT ON points_ledger TO authenticated",
      ],
      (tx) =>
        queryRows<{ total: number }>(
          tx,
          `SELECT public.get_user_total_points('${alice.id}') AS total`,
        ),
    );
    expect(row!.total).toBe(30);
  });

  test("a temporary users table does not let the last SUPERADMIN go", async () => {
    await expectRefused(
      withShadowTables(
        sue,
        [
          "CREATE TEMP TABLE users (id text, role text) ON COMMIT DROP",
          "INSERT INTO users VALUES ('user_ghost', 'SUPERADMIN')",
          "GRANT SELECT ON users TO authenticated",
        ],
        // Qualified: this session's own "users" now means the temporary table.
        (tx) => tx.execute(sql.raw(`DELETE FROM public.users WHERE id = '${sue.id}'`)),
      ),
      /last SUPERADMIN/,
    );
    const [still] = await privileged({ system: "test" }, (tx) =>
      tx.select({ role: users.role }).from(users).where(eq(users.id, sue.id)),
    );
    expect(still?.role).toBe("SUPERADMIN");
  });
});

describe("staff rows are a SUPERADMIN's to create and remove", () => {
  test("an ADMIN cannot insert an ADMIN or SUPERADMIN row, but may insert a participant", async () => {
    for (const role of ["ADMIN", "SUPERADMIN"] as const) {
      await expectRefused(
        as(adam, (tx) =>
          tx.insert(users).values({
            id: `user_forged_${role}`,
            handle: `forged-${role.toLowerCase()}`,
            name: "Forged",
            email: `forged-${role.toLowerCase()}@example.test`,
            role,
          }),
        ),
        RLS_REFUSAL,
      );
    }
    const inserted = await as(adam, (tx) =>
      tx
        .insert(users)
        .values({ id: "user_plain", handle: "plain", name: "Plain", email: "plain@example.test" })
        .returning({ id: users.id }),
    );
    expect(inserted).toEqual([{ id: "user_plain" }]);
  });

  test("an ADMIN cannot delete a SUPERADMIN or ADMIN; a SUPERADMIN can", async () => {
    const second = await createUser({ role: "SUPERADMIN" });
    const otherAdmin = await createUser({ role: "ADMIN" });
    for (const target of [second, otherAdmin]) {
      const deleted = await as(adam, (tx) =>
        tx.delete(users).where(eq(users.id, target.id)).returning(),
      );
      expect(deleted, target.role).toEqual([]);
    }
    const deleted = await as(sue, (tx) =>
      tx.delete(users).where(eq(users.id, otherAdmin.id)).returning({ id: users.id }),
    );
    expect(deleted).toEqual([{ id: otherAdmin.id }]);
  });
});

describe("reviewed evidence stays as the reviewer saw it", () => {
  test("an owner cannot change the id of their submission", async () => {
    const approved = await createSubmission({ user_id: alice.id, status: "APPROVED" });
    await expectRefused(
      as(alice, (tx) =>
        tx.update(submissions).set({ id: "sub_renamed" }).where(eq(submissions.id, approved.id)),
      ),
      /id, owner/,
    );
  });

  test("an owner cannot rewrite an upload's key, type or checksum", async () => {
    await privileged({ system: "test" }, (tx) =>
      tx.insert(uploads).values(uploadRow(alice, "up_rewrite")),
    );
    for (const change of [
      { content_type: "text/html" },
      { sha256: "b".repeat(64) },
      { key: "up_other" },
    ]) {
      await expectRefused(
        as(alice, (tx) => tx.update(uploads).set(change).where(eq(uploads.key, "up_rewrite"))),
        PERMISSION_DENIED,
      );
    }
  });

  test("an owner attaches files to their PENDING submissions only, and never detaches reviewed ones", async () => {
    const pending = await createSubmission({ user_id: alice.id });
    const approved = await createSubmission({ user_id: alice.id, status: "APPROVED" });
    await privileged({ system: "test" }, (tx) =>
      tx
        .insert(uploads)
        .values([
          uploadRow(alice, "up_loose"),
          { ...uploadRow(alice, "up_reviewed"), submission_id: approved.id },
        ]),
    );
    const attach = (key: string, submissionId: string | null) =>
      as(alice, (tx) =>
        tx
          .update(uploads)
          .set({ submission_id: submissionId })
          .where(eq(uploads.key, key))
          .returning({ key: uploads.key }),
      );
    await expectRefused(attach("up_loose", approved.id), RLS_REFUSAL);
    expect(await attach("up_reviewed", null)).toEqual([]);
    expect(await attach("up_loose", pending.id)).toEqual([{ key: "up_loose" }]);
  });
});

describe("visitors read only what public pages show", () => {
  test("anon reads public submissions without the review columns", async () => {
    const shown = await createSubmission({
      user_id: alice.id,
      status: "APPROVED",
      visibility: "PUBLIC",
      reviewer_id: adam.id,
      review_note: "internal note",
    });
    const rows = await asVisitor((tx) =>
      tx
        .select({ id: submissions.id, payload: submissions.payload })
        .from(submissions)
        .where(eq(submissions.id, shown.id)),
    );
    expect(rows).toEqual([{ id: shown.id, payload: {} }]);
    for (const column of [submissions.review_note, submissions.reviewer_id]) {
      await expectRefused(
        asVisitor((tx) => tx.select({ value: column }).from(submissions)),
        PERMISSION_DENIED,
      );
    }
  });

  test("anon neither lists anonymised users nor reads roles from public_profiles", async () => {
    const gone = await createUser({ email: "someone@deleted.invalid" });
    const handles = await asVisitor((tx) =>
      queryRows<{ id: string }>(tx, "SELECT id FROM public_profiles"),
    );
    expect(handles.map((r) => r.id)).toContain(alice.id);
    expect(handles.map((r) => r.id)).not.toContain(gone.id);
    await expectRefused(
      asVisitor((tx) => queryRows(tx, "SELECT role FROM public_profiles")),
      PERMISSION_DENIED,
    );
    const seenBySignedIn = await as(alice, (tx) =>
      queryRows<{ id: string }>(tx, `SELECT id FROM public_profiles WHERE id = '${gone.id}'`),
    );
    expect(seenBySignedIn).toHaveLength(1);
  });
});

// PGlite is embedded and has one built-in user; on PostgreSQL the app's role is a choice.
if (testPostgresUrl()) {
  describe("the app connects as a role that is not a superuser (PostgreSQL)", () => {
    // leaps_app, or `postgres` on the Supabase-like database (never a superuser either way).
    const appRole = () => ownerRoleOf(inject("postgresAppUrl")!);
    const superuser = (tx: Tx | ReturnType<typeof database>) =>
      queryRows<{ name: string; super: boolean }>(
        tx,
        "SELECT rolname AS name, rolsuper AS super FROM pg_roles WHERE rolname = current_user",
      );

    test("the connection's own role is not a superuser", async () => {
      expect(await superuser(database())).toEqual([{ name: appRole(), super: false }]);
    });

    test("RESET ROLE inside withUser gets back only that role, without superuser powers", async () => {
      const [row] = await as(alice, async (tx) => {
        await tx.execute(sql`RESET ROLE`);
        return superuser(tx);
      });
      expect(row).toEqual({ name: appRole(), super: false });
      for (const attempt of [
        "ALTER ROLE current_user SUPERUSER",
        "SELECT pg_read_file('/etc/passwd')",
        "COPY (SELECT 1) TO PROGRAM 'true'",
      ]) {
        await expectRefused(
          as(alice, async (tx) => {
            await tx.execute(sql`RESET ROLE`);
            await tx.execute(sql.raw(attempt));
          }),
          /permission denied|must be superuser|only roles with/,
        );
      }
    });

    // The second demotion is made to wait while the first holds its lock, uncommitted:
    // without the lock, each would count the other as a remaining SUPERADMIN.
    test("demoting the last two SUPERADMINs at once: the second waits for the first, then is refused", async () => {
      const one = await createUser({ role: "SUPERADMIN" });
      const two = await createUser({ role: "SUPERADMIN" });
      const others = await privileged({ system: "test" }, (tx) =>
        tx
          .update(users)
          .set({ role: "ADMIN" })
          .where(and(eq(users.role, "SUPERADMIN"), notInArray(users.id, [one.id, two.id])))
          .returning({ id: users.id }),
      );
      const demote = (tx: Tx, id: string) =>
        tx.update(users).set({ role: "ADMIN" }).where(eq(users.id, id));
      let firstDemoted!: () => void;
      let letFirstCommit!: () => void;
      const demotedSignal = new Promise<void>((resolve) => (firstDemoted = resolve));
      const commitSignal = new Promise<void>((resolve) => (letFirstCommit = resolve));
      const first = privileged({ system: "test" }, async (tx) => {
        await demote(tx, two.id);
        firstDemoted();
        await commitSignal;
      });
      await demotedSignal;
      const second = privileged({ system: "test" }, (tx) => demote(tx, one.id));
      const secondOutcome = second.then(
        () => "committed",
        (error: unknown) => error,
      );
      await waitForAdvisoryLockWaiter();
      letFirstCommit();
      await first;
      const outcome = await secondOutcome;
      expect(outcome).toBeInstanceOf(Error);
      await expectRefused(Promise.reject(outcome), /last SUPERADMIN/);
      const roles = await privileged({ system: "test" }, (tx) =>
        tx
          .select({ id: users.id, role: users.role })
          .from(users)
          .where(inArray(users.id, [one.id, two.id])),
      );
      expect(roles.filter((r) => r.role === "SUPERADMIN").map((r) => r.id)).toEqual([one.id]);
      await privileged({ system: "test" }, (tx) =>
        tx
          .update(users)
          .set({ role: "SUPERADMIN" })
          .where(
            inArray(
              users.id,
              others.map((o) => o.id),
            ),
          ),
      );
    });
  });
}

async function waitForAdvisoryLockWaiter(): Promise<void> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const [row] = await queryRows<{ n: number }>(
      database(),
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the second demotion never waited for the first");
}
