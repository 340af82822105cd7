import "server-only";

/**
 * Lets the migrating role (the owner of every table, view and function the migrations
 * create) see every row of every table, when it has neither SUPERUSER nor BYPASSRLS.
 * Row level security is forced on every table, which binds the owner too, and the objects
 * that run with their owner's rights must see all rows: the leaderboards' materialized
 * views, public_profiles, the SECURITY DEFINER helpers and triggers. On plain PostgreSQL
 * the app's role carries BYPASSRLS (docs/decisions/009-app-database-role.md); where the
 * owner cannot get it (a Supabase-like project) a policy for the owner does the same, table
 * by table, and only for the owner: the API roles are not members of it. Idempotent; run
 * after each migration so tables added later are covered before anything reads them.
 * docs/decisions/026-supabase-hosted-compatibility.md.
 */
export async function grantOwnerRowAccess(client: {
  query: (text: string) => Promise<unknown>;
}): Promise<void> {
  await client.query(`DO $$
DECLARE
  t regclass;
BEGIN
  IF (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
    RETURN;
  END IF;
  FOR t IN
    SELECT c.oid::regclass FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       AND c.relrowsecurity
       AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
       AND NOT EXISTS (SELECT 1 FROM pg_policy p
                        WHERE p.polrelid = c.oid AND p.polname = 'owner_sees_every_row')
  LOOP
    EXECUTE format(
      'CREATE POLICY owner_sees_every_row ON %s TO %I USING (true) WITH CHECK (true)',
      t, current_user);
  END LOOP;
END
$$`);
}
