-- Run once per PostgreSQL server by a superuser (psql -f), before the first migration:
-- the roles the app needs, so that the app itself connects as leaps_app, which is not a
-- superuser (docs/decisions/009-app-database-role.md). Safe to run again.
--   anon, authenticated, service_role  the API roles the app switches into per
--                                      transaction (NOLOGIN; service_role bypasses RLS)
--   leaps_app                          owns the app's database and everything in it;
--                                      BYPASSRLS so its views, leaderboards and SECURITY
--                                      DEFINER functions see every row under FORCE RLS;
--                                      CREATEDB for the test suite's per-file copies
-- In production give leaps_app a password (ALTER ROLE leaps_app PASSWORD '…') and make it
-- the owner of the app's database (CREATE DATABASE leaps OWNER leaps_app).
SELECT pg_advisory_lock(hashtext('leaps.create_app_role'));

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leaps_app') THEN
    CREATE ROLE leaps_app LOGIN NOSUPERUSER NOCREATEROLE CREATEDB BYPASSRLS;
  END IF;
END
$$;

GRANT anon, authenticated, service_role TO leaps_app;

SELECT pg_advisory_unlock(hashtext('leaps.create_app_role'));
