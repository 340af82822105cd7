import "server-only";

/**
 * Where the claim helpers (get_user_id(), get_user_role(), is_admin(), is_reviewer()) live:
 * `auth` on plain PostgreSQL and PGlite (as the released migrations write), `leaps_auth`
 * where the `auth` schema already exists and belongs to another role (hosted Supabase,
 * whose `auth` refuses our functions). docs/decisions/026-supabase-hosted-compatibility.md.
 */
export type HelperSchema = "auth" | "leaps_auth";

export const HELPER_SCHEMAS: readonly HelperSchema[] = ["auth", "leaps_auth"];
