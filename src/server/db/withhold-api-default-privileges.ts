import "server-only";

/**
 * Removes the default privileges that give `anon` and `authenticated` every table,
 * sequence and function the migrating role creates in `public`, before the migrations create any. A
 * Supabase project sets these up for its Data API; with them a new table would be readable
 * and writable by the API roles before (and beyond) what the migrations grant, and the
 * column and command privileges the security model relies on (docs/product.md §9, e.g.
 * visitors never reading `submissions.review_note`, nobody deleting ledger rows, only the
 * privileged path refreshing the leaderboards) would be gone. Plain PostgreSQL has no such defaults: nothing happens there.
 * docs/decisions/026-supabase-hosted-compatibility.md.
 */
export async function withholdApiDefaultPrivileges(client: {
  query: (text: string) => Promise<unknown>;
}): Promise<void> {
  await client.query(`DO $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM pg_default_acl d, aclexplode(d.defaclacl) a
     WHERE d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)
       AND d.defaclnamespace = 'public'::regnamespace AND d.defaclobjtype IN ('r', 'S', 'f')
       AND a.grantee IN (SELECT oid FROM pg_roles WHERE rolname IN ('anon', 'authenticated'))
  ) THEN
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM anon, authenticated;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM anon, authenticated;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON FUNCTIONS FROM anon, authenticated;
  END IF;
END
$$`);
}
