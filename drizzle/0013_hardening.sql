-- Database hardening (docs/decisions/009-app-database-role.md).
--
-- 1. Functions: every SECURITY DEFINER function and every trigger function runs with
--    search_path = pg_catalog, pg_temp and names each table, view, sequence and helper
--    with its schema. pg_temp comes last: left out, it would be searched FIRST for
--    tables, so a session's temporary "users" or "points_ledger" table could stand in
--    for the real one inside a function that runs with its owner's rights.
-- 2. The API roles cannot create temporary tables at all.
-- 3. Row rules the policies left open: staff rows, submission ids, upload metadata.
-- 4. Visitors (anon) read only what public pages show.

-- 1. Functions whose bodies already name everything with its schema: pin the path.
ALTER FUNCTION auth.get_user_id() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION auth.get_user_role() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION auth.is_admin() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION auth.is_reviewer() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION public.refuse_append_only_change() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION public.set_updated_at() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION public.users_guard_update() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
ALTER FUNCTION public.mark_leaderboards_stale() SET search_path = pg_catalog, pg_temp;
--> statement-breakpoint
-- Functions whose bodies named tables without a schema: rewritten, same behaviour.
-- The advisory lock serialises every demotion and removal of a SUPERADMIN; the count
-- that follows runs after the lock is granted, so it sees the other's committed change.
CREATE OR REPLACE FUNCTION public.users_keep_last_superadmin() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF OLD.role = 'SUPERADMIN' AND (TG_OP = 'DELETE' OR NEW.role <> 'SUPERADMIN') THEN
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('leaps.users.superadmin'));
    IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.role = 'SUPERADMIN' AND u.id <> OLD.id) THEN
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
CREATE OR REPLACE FUNCTION public.get_user_total_points(target_user_id text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT CASE
    WHEN target_user_id = auth.get_user_id() OR auth.is_admin() THEN
      (SELECT coalesce(sum(l.delta_points), 0)::int FROM public.points_ledger l WHERE l.user_id = target_user_id)
  END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.refresh_leaderboards() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('leaps.refresh_leaderboards'));
  REFRESH MATERIALIZED VIEW CONCURRENTLY public.leaderboard_totals;
  REFRESH MATERIALIZED VIEW CONCURRENTLY public.leaderboard_30d;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.recent_submission_count() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT count(*)::int FROM public.audit_log a
  WHERE a.actor_id = auth.get_user_id()
    AND a.action = 'submission.created'
    AND a.created_at > now() - interval '1 hour'
$$;
--> statement-breakpoint
-- What a signed-in user may change on a submission: as before (0001), and never its id,
-- which other rows and the audit trail refer to.
CREATE OR REPLACE FUNCTION public.submissions_guard_owner_update() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF current_user NOT IN ('authenticated', 'anon') THEN
    RETURN NEW;
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
     OR NEW.user_id IS DISTINCT FROM OLD.user_id
     OR NEW.activity_code IS DISTINCT FROM OLD.activity_code
     OR NEW.status IS DISTINCT FROM OLD.status
     OR NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id
     OR NEW.review_note IS DISTINCT FROM OLD.review_note
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'only reviewers change a submission''s id, owner, activity, status or review'
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
-- 2. TEMP is granted to PUBLIC by default, so it is revoked from PUBLIC; the owner keeps
--    it through ownership. The database's name differs per installation.
DO $$
BEGIN
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, anon, authenticated', current_database());
END
$$;
--> statement-breakpoint
-- 3. Staff rows are a SUPERADMIN's to create and remove (docs/product.md §1), as role
--    changes already are (users_guard_update).
ALTER POLICY users_insert_admin ON users
  WITH CHECK (
    (SELECT auth.is_admin())
    AND (role NOT IN ('ADMIN', 'SUPERADMIN') OR (SELECT auth.get_user_role()) = 'SUPERADMIN')
  );
--> statement-breakpoint
ALTER POLICY users_delete_admin ON users
  USING (
    (SELECT auth.is_admin())
    AND (role NOT IN ('ADMIN', 'SUPERADMIN') OR (SELECT auth.get_user_role()) = 'SUPERADMIN')
  );
--> statement-breakpoint
-- An owner moves a file only between "unattached" and their own PENDING submissions:
-- evidence that was reviewed keeps exactly the files the reviewer saw.
ALTER POLICY uploads_update_own ON uploads
  USING (
    user_id = (SELECT auth.get_user_id())
    AND (submission_id IS NULL
         OR EXISTS (SELECT 1 FROM submissions s
                    WHERE s.id = submission_id AND s.user_id = (SELECT auth.get_user_id()) AND s.status = 'PENDING'))
  )
  WITH CHECK (
    user_id = (SELECT auth.get_user_id())
    AND (submission_id IS NULL
         OR EXISTS (SELECT 1 FROM submissions s
                    WHERE s.id = submission_id AND s.user_id = (SELECT auth.get_user_id()) AND s.status = 'PENDING'))
  );
--> statement-breakpoint
-- A file's key, owner, name, size, type and checksum are written once, when it is
-- uploaded; afterwards the owner only attaches or detaches it.
REVOKE UPDATE ON uploads FROM authenticated;
--> statement-breakpoint
GRANT UPDATE (submission_id) ON uploads TO authenticated;
--> statement-breakpoint
-- 4. Visitors see APPROVED PUBLIC submissions (the policy) without the review columns.
REVOKE SELECT ON submissions FROM anon;
--> statement-breakpoint
GRANT SELECT (id, user_id, activity_code, status, visibility, payload, attachments, created_at, updated_at)
  ON submissions TO anon;
--> statement-breakpoint
-- Visitors look profiles up by handle; anonymised users are not theirs to list, and the
-- role and sign-up time are not on any public page.
CREATE OR REPLACE VIEW public_profiles AS
SELECT u.id, u.handle, u.name, u.avatar_url, u.role, u.school, u.cohort, u.created_at,
       u.email LIKE '%@deleted.invalid' AS anonymised
FROM public.users u
WHERE current_user <> 'anon' OR u.email NOT LIKE '%@deleted.invalid';
--> statement-breakpoint
REVOKE SELECT ON public_profiles FROM anon;
--> statement-breakpoint
GRANT SELECT (id, handle, name, avatar_url, school, cohort, anonymised) ON public_profiles TO anon;
