import "server-only";
import type pg from "pg";
import type { HelperSchema } from "./helper-schema";

/**
 * The helper schema of a PostgreSQL database, decided once and then read back from the
 * database itself, so every later migration (and the drift check) follows the first one:
 *   1. `leaps_auth` exists: the helpers were put there, keep doing so;
 *   2. `auth.get_user_id()` exists: the helpers are in `auth` (plain PostgreSQL, or a
 *      Supabase project migrated before Supabase closed `auth`), keep them there;
 *   3. a fresh database whose `auth` schema belongs to another role: `leaps_auth`;
 *   4. otherwise `auth`, created by migration 0001.
 * Ownership, not privilege, decides (3): a superuser could write into Supabase's `auth`,
 * but a local Supabase and a hosted one must end up the same.
 */
export async function detectHelperSchema(
  client: Pick<pg.ClientBase, "query">,
): Promise<HelperSchema> {
  const { rows } = await client.query<{ ours: boolean; helpers: boolean; foreign: boolean }>(
    `SELECT to_regnamespace('leaps_auth') IS NOT NULL AS ours,
            to_regprocedure('auth.get_user_id()') IS NOT NULL AS helpers,
            coalesce((SELECT nspowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
                        FROM pg_namespace WHERE nspname = 'auth'), false) AS foreign`,
  );
  const state = rows[0]!;
  if (state.ours) return "leaps_auth";
  if (state.helpers) return "auth";
  return state.foreign ? "leaps_auth" : "auth";
}
