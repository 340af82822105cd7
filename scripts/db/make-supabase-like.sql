-- Sets up a PostgreSQL cluster the way hosted Supabase is, for the "Supabase-like
-- database" CI step (scripts/db/supabase-like-cluster.sh). Run by the cluster's bootstrap
-- superuser (supabase_admin, as on Supabase) in template1, so that every database created
-- afterwards (the app's, the test suite's copies, the drift check's reference) starts with
-- the same `auth` schema and default privileges. Safe to run again.
--
-- What matters for the app, and differs from plain PostgreSQL:
--   postgres             the migrating and connecting role: NOT a superuser and, stricter
--                        than hosted Supabase (whose postgres has BYPASSRLS), NOT BYPASSRLS;
--                        CREATEDB and CREATEROLE as there
--   anon, authenticated  the API roles; service_role BYPASSRLS; authenticator (PostgREST's
--                        login) a member of all three
--   auth                 owned by supabase_auth_admin, with Supabase's own auth.uid(),
--                        auth.role(), auth.jwt(), auth.email(); postgres may use it but not
--                        create in it (hosted Supabase refuses CREATE FUNCTION in auth)
--   default privileges   tables, sequences and functions postgres creates in public are
--                        granted to anon, authenticated and service_role, as the Data API
--                        set-up does; the migrations must hold against that
SELECT pg_advisory_lock(hashtext('leaps.make_supabase_like'));

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'postgres') THEN
    CREATE ROLE postgres LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB CREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticator') THEN
    CREATE ROLE authenticator LOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    CREATE ROLE supabase_auth_admin LOGIN NOINHERIT CREATEROLE;
  END IF;
END
$$;

-- As on Supabase: postgres and authenticator may switch into the API roles.
GRANT anon, authenticated, service_role TO authenticator;
GRANT anon, authenticated, service_role TO postgres;

CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION supabase_auth_admin;
GRANT USAGE ON SCHEMA auth TO postgres, anon, authenticated, service_role;

SET ROLE supabase_auth_admin;

CREATE TABLE IF NOT EXISTS auth.users (
  id uuid PRIMARY KEY,
  email text,
  created_at timestamptz DEFAULT now()
);

-- Supabase's helpers (same definitions as GoTrue's migrations).
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA auth TO anon, authenticated, service_role;

RESET ROLE;

-- The Data API's default grants on what postgres creates in public.
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
  GRANT ALL ON TABLES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
  GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
  GRANT EXECUTE ON FUNCTIONS TO anon, authenticated, service_role;

SELECT pg_advisory_unlock(hashtext('leaps.make_supabase_like'));
