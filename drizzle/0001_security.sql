-- Security model of docs/product.md §9, in the database: roles, claim helpers, row level
-- security (enabled and forced on every table), grants, and the triggers that keep
-- the ledger and the audit log append-only and self-service updates within bounds.
-- Statements are separated by breakpoints because PGlite runs one statement per query.

-- Supabase's role names, so the same migrations run there; created only where missing.
-- service_role bypasses RLS: it is the explicitly named privileged path (privileged()).
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
END
$$;
--> statement-breakpoint
-- The connecting (owner) role switches into these roles per transaction with SET LOCAL
-- ROLE; a superuser may already, any other owner needs membership.
DO $$
DECLARE
  r text;
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
      IF NOT pg_has_role(current_user, r, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', r, current_user);
      END IF;
    END LOOP;
  END IF;
END
$$;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS auth;
--> statement-breakpoint
-- After a transaction that set the claims ends, the setting reads '' rather than NULL.
CREATE OR REPLACE FUNCTION auth.get_user_id() RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
  SELECT nullif(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub', '')
$$;
--> statement-breakpoint
-- The role comes from users.role for the id in the claims, never from the claims
-- themselves: users.role is the only source of authorization (docs/product.md §1), so a stale or
-- forged "role" claim grants nothing. SECURITY DEFINER so policies on users can call it
-- without recursing into their own row level security.
CREATE OR REPLACE FUNCTION auth.get_user_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
  SELECT u.role::text FROM public.users u WHERE u.id = auth.get_user_id()
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION auth.is_admin() RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
  SELECT coalesce(auth.get_user_role() IN ('ADMIN', 'SUPERADMIN'), false)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION auth.is_reviewer() RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
  SELECT coalesce(auth.get_user_role() IN ('REVIEWER', 'ADMIN', 'SUPERADMIN'), false)
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA auth TO anon, authenticated, service_role;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;
--> statement-breakpoint
-- Table privileges: what each role may attempt; the policies below decide which rows.
GRANT SELECT ON activities, badges, earned_badges, submissions TO anon;
--> statement-breakpoint
GRANT SELECT ON activities, badges, earned_badges TO authenticated;
--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON activities, badges TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON users, submissions, kajabi_events TO authenticated;
--> statement-breakpoint
GRANT SELECT ON points_ledger TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO authenticated;
--> statement-breakpoint
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO service_role;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE activities FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE submissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE submissions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE points_ledger ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE points_ledger FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE badges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE badges FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE earned_badges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE earned_badges FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kajabi_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kajabi_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Policies call the claim helpers through (SELECT …) so each runs once per statement.
-- users: own row, admins all. Other people's public columns come from public_profiles,
-- which has no email, so no policy here ever exposes another user's email.
CREATE POLICY users_select_own_or_admin ON users FOR SELECT TO authenticated
  USING (id = (SELECT auth.get_user_id()) OR (SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY users_update_own_or_admin ON users FOR UPDATE TO authenticated
  USING (id = (SELECT auth.get_user_id()) OR (SELECT auth.is_admin()))
  WITH CHECK (id = (SELECT auth.get_user_id()) OR (SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY users_insert_admin ON users FOR INSERT TO authenticated
  WITH CHECK ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY users_delete_admin ON users FOR DELETE TO authenticated
  USING ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY submissions_select_own_reviewer_or_public ON submissions FOR SELECT TO authenticated
  USING (
    user_id = (SELECT auth.get_user_id())
    OR (SELECT auth.is_reviewer())
    OR (visibility = 'PUBLIC' AND status = 'APPROVED')
  );
--> statement-breakpoint
CREATE POLICY submissions_select_public ON submissions FOR SELECT TO anon
  USING (visibility = 'PUBLIC' AND status = 'APPROVED');
--> statement-breakpoint
CREATE POLICY submissions_insert_own_pending ON submissions FOR INSERT TO authenticated
  WITH CHECK (
    user_id = (SELECT auth.get_user_id())
    AND status = 'PENDING'
    AND reviewer_id IS NULL
    AND review_note IS NULL
  );
--> statement-breakpoint
-- Owners update their own rows; submissions_guard_owner_update limits a non-PENDING
-- row to its visibility (which the owner may switch at any time, docs/product.md §4).
CREATE POLICY submissions_update_own ON submissions FOR UPDATE TO authenticated
  USING (user_id = (SELECT auth.get_user_id()))
  WITH CHECK (user_id = (SELECT auth.get_user_id()));
--> statement-breakpoint
CREATE POLICY submissions_delete_own_pending ON submissions FOR DELETE TO authenticated
  USING (user_id = (SELECT auth.get_user_id()) AND status = 'PENDING');
--> statement-breakpoint
CREATE POLICY points_ledger_select_own_or_reviewer ON points_ledger FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.get_user_id()) OR (SELECT auth.is_reviewer()));
--> statement-breakpoint
CREATE POLICY audit_log_select_admin ON audit_log FOR SELECT TO authenticated
  USING ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY audit_log_insert_own ON audit_log FOR INSERT TO authenticated
  WITH CHECK (actor_id = (SELECT auth.get_user_id()));
--> statement-breakpoint
CREATE POLICY kajabi_events_admin ON kajabi_events FOR ALL TO authenticated
  USING ((SELECT auth.is_admin()))
  WITH CHECK ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY activities_select_all ON activities FOR SELECT TO anon, authenticated
  USING (true);
--> statement-breakpoint
CREATE POLICY activities_write_admin ON activities FOR ALL TO authenticated
  USING ((SELECT auth.is_admin()))
  WITH CHECK ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE POLICY badges_select_all ON badges FOR SELECT TO anon, authenticated
  USING (true);
--> statement-breakpoint
CREATE POLICY badges_write_admin ON badges FOR ALL TO authenticated
  USING ((SELECT auth.is_admin()))
  WITH CHECK ((SELECT auth.is_admin()));
--> statement-breakpoint
-- earned_badges: readable by everyone; written only by the privileged path.
CREATE POLICY earned_badges_select_all ON earned_badges FOR SELECT TO anon, authenticated
  USING (true);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.refuse_append_only_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'Corrections are new rows.';
END
$$;
--> statement-breakpoint
CREATE TRIGGER points_ledger_append_only BEFORE UPDATE OR DELETE ON points_ledger
  FOR EACH ROW EXECUTE FUNCTION public.refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER points_ledger_no_truncate BEFORE TRUNCATE ON points_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION public.refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_append_only_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_set_updated_at BEFORE UPDATE ON submissions
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
--> statement-breakpoint
-- What a signed-in user may change on a submission through RLS: never its review
-- fields, owner, activity or status (those move through the privileged review path),
-- and once it is no longer PENDING only its visibility.
CREATE OR REPLACE FUNCTION public.submissions_guard_owner_update() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF current_user NOT IN ('authenticated', 'anon') THEN
    RETURN NEW;
  END IF;
  IF NEW.user_id IS DISTINCT FROM OLD.user_id
     OR NEW.activity_code IS DISTINCT FROM OLD.activity_code
     OR NEW.status IS DISTINCT FROM OLD.status
     OR NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id
     OR NEW.review_note IS DISTINCT FROM OLD.review_note
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'only reviewers change a submission''s owner, activity, status or review'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status <> 'PENDING'
     AND (NEW.payload IS DISTINCT FROM OLD.payload
          OR NEW.attachments IS DISTINCT FROM OLD.attachments) THEN
    RAISE EXCEPTION 'a % submission can no longer be edited', OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_guard_owner_update BEFORE UPDATE ON submissions
  FOR EACH ROW EXECUTE FUNCTION public.submissions_guard_owner_update();
--> statement-breakpoint
-- What a signed-in user may change on users through RLS: owners their name, handle,
-- school and avatar; admins also role, cohort and kajabi_contact_id, with the role
-- rules of docs/product.md §1 (nobody changes their own role; only a SUPERADMIN grants or removes
-- ADMIN/SUPERADMIN). Ids, emails and creation times are synced by the privileged path.
CREATE OR REPLACE FUNCTION public.users_guard_update() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  actor_role text;
BEGIN
  IF current_user IN ('authenticated', 'anon') THEN
    actor_role := auth.get_user_role();
    IF NEW.id IS DISTINCT FROM OLD.id
       OR NEW.email IS DISTINCT FROM OLD.email
       OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
      RAISE EXCEPTION 'users.id, email and created_at are not editable'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.role IS DISTINCT FROM OLD.role AND OLD.id = auth.get_user_id() THEN
      RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(actor_role IN ('ADMIN', 'SUPERADMIN'), false) IS FALSE
       AND (NEW.role IS DISTINCT FROM OLD.role
            OR NEW.cohort IS DISTINCT FROM OLD.cohort
            OR NEW.kajabi_contact_id IS DISTINCT FROM OLD.kajabi_contact_id) THEN
      RAISE EXCEPTION 'only admins change role, cohort or kajabi_contact_id'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.role IS DISTINCT FROM OLD.role
       AND actor_role IS DISTINCT FROM 'SUPERADMIN'
       AND (NEW.role IN ('ADMIN', 'SUPERADMIN') OR OLD.role IN ('ADMIN', 'SUPERADMIN')) THEN
      RAISE EXCEPTION 'only a SUPERADMIN grants or removes ADMIN and SUPERADMIN'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_guard_update BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION public.users_guard_update();
--> statement-breakpoint
-- The last SUPERADMIN stays, whichever path demotes or removes them. The advisory lock
-- serialises concurrent demotions so two superadmins can't demote each other at once.
CREATE OR REPLACE FUNCTION public.users_keep_last_superadmin() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$
BEGIN
  IF OLD.role = 'SUPERADMIN' AND (TG_OP = 'DELETE' OR NEW.role <> 'SUPERADMIN') THEN
    PERFORM pg_advisory_xact_lock(hashtext('leaps.users.superadmin'));
    IF NOT EXISTS (SELECT 1 FROM users WHERE role = 'SUPERADMIN' AND id <> OLD.id) THEN
      RAISE EXCEPTION 'the last SUPERADMIN stays' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_keep_last_superadmin BEFORE UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION public.users_keep_last_superadmin();
