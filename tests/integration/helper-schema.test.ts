/**
 * Decision 026, proven on whichever database the suite runs on: plain PostgreSQL and PGlite
 * keep the claim helpers in `auth` as the released migrations write them; the Supabase-like
 * database (scripts/db/supabase-like-cluster.sh, where `auth` is Supabase's and the owner
 * has neither SUPERUSER nor BYPASSRLS) has them in `leaps_auth`, every policy calling them
 * there, and the owner-rights objects (leaderboards, public_profiles, SECURITY DEFINER
 * helpers) still seeing every row.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { asVisitor } from "../../src/server/db/as-visitor";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { withUser } from "../../src/server/db/with-user";
import { addPoints, createUser, type TestUser } from "../helpers/factories";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const HELPERS = ["get_user_id()", "get_user_role()", "is_admin()", "is_reviewer()"];

let state: { foreignAuth: boolean; ownerBypasses: boolean };
let carol: TestUser;
let adele: TestUser;

beforeAll(async () => {
  [state] = await queryRows<typeof state>(
    database(),
    `SELECT coalesce((SELECT nspowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
                        FROM pg_namespace WHERE nspname = 'auth'), false) AS "foreignAuth",
            (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS "ownerBypasses"`,
  ).then((rows) => rows as (typeof state)[]);
  carol = await createUser({ role: "PARTICIPANT" });
  adele = await createUser({ role: "ADMIN" });
  await addPoints(carol.id, 70);
});

describe("where the claim helpers live", () => {
  test("in leaps_auth where auth belongs to another role, else in auth; never both", async () => {
    const rows = await queryRows<{ schema: string; fn: string }>(
      database(),
      `SELECT p.pronamespace::regnamespace::text AS schema,
              regexp_replace(p.oid::regprocedure::text, '^[^.]+\\.', '') AS fn
         FROM pg_proc p WHERE p.pronamespace::regnamespace::text IN ('auth', 'leaps_auth')`,
    );
    const expected = state.foreignAuth ? "leaps_auth" : "auth";
    const ours = rows.filter((r) => HELPERS.includes(r.fn));
    expect(ours.map((r) => `${r.schema}.${r.fn}`).sort()).toEqual(
      HELPERS.map((fn) => `${expected}.${fn}`).sort(),
    );
  });

  test("every policy calls the helpers in that schema", async () => {
    const rows = await queryRows<{ name: string; text: string }>(
      database(),
      `SELECT tablename || '.' || policyname AS name, concat_ws(' ', qual, with_check) AS text
         FROM pg_policies WHERE schemaname = 'public'`,
    );
    const helperCalls = rows.filter((r) => /auth\./.test(r.text));
    expect(helperCalls.length).toBeGreaterThan(20);
    const wrong = state.foreignAuth ? /(?<![\w])auth\./ : /leaps_auth\./;
    for (const row of helperCalls) expect(row.text, row.name).not.toMatch(wrong);
  });

  test("the helpers answer as before: identity from the claims, role from users", async () => {
    const [who] = await withUser({ userId: adele.id, role: "ADMIN" }, (tx) =>
      queryRows<{ admin: boolean }>(
        tx,
        `SELECT ${state.foreignAuth ? "leaps_auth" : "auth"}.is_admin() AS admin`,
      ),
    );
    expect(who).toEqual({ admin: true });
  });
});

describe("the owner's view of forced row level security", () => {
  test("without BYPASSRLS the owner has a policy on every table, otherwise none exists", async () => {
    const [row] = await queryRows<{ tables: number; covered: number }>(
      database(),
      `SELECT count(*)::int AS tables,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                                              AND p.polname = 'owner_sees_every_row'))::int AS covered
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'`,
    );
    expect(row!.covered).toBe(state.ownerBypasses ? 0 : row!.tables);
  });

  test("the leaderboard refreshed by the owner-rights function is not empty", async () => {
    await privileged({ system: "test" }, (tx) => tx.execute(sql`SELECT refresh_leaderboards()`));
    const rows = await asVisitor((tx) =>
      queryRows<{ total_points: number }>(
        tx,
        `SELECT total_points FROM leaderboard_totals WHERE user_id = '${carol.id}'`,
      ),
    );
    expect(rows).toEqual([{ total_points: 70 }]);
  });

  test("a participant reads other people's public profiles (an owner-rights view)", async () => {
    const rows = await withUser({ userId: carol.id, role: "PARTICIPANT" }, (tx) =>
      queryRows<{ id: string }>(tx, `SELECT id FROM public_profiles WHERE id = '${adele.id}'`),
    );
    expect(rows).toEqual([{ id: adele.id }]);
  });
});

describe("the API roles have what the migrations grant, whatever the defaults", () => {
  test("no write on the ledger, no refresh, no column the visitor may not read", async () => {
    const [row] = await queryRows<Record<string, boolean>>(
      database(),
      `SELECT has_table_privilege('authenticated', 'points_ledger', 'INSERT') AS ledger_insert,
              has_table_privilege('authenticated', 'points_ledger', 'DELETE') AS ledger_delete,
              has_table_privilege('anon', 'kajabi_events', 'SELECT') AS anon_kajabi,
              has_column_privilege('anon', 'submissions', 'review_note', 'SELECT') AS anon_note,
              has_function_privilege('anon', 'refresh_leaderboards()', 'EXECUTE') AS anon_refresh,
              has_function_privilege('authenticated', 'refresh_leaderboards()', 'EXECUTE') AS user_refresh`,
    );
    expect(row).toEqual({
      ledger_insert: false,
      ledger_delete: false,
      anon_kajabi: false,
      anon_note: false,
      anon_refresh: false,
      user_refresh: false,
    });
  });
});
