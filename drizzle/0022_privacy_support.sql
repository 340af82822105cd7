-- Privacy (docs/product.md §8): a person who turns "show me on public pages" off
-- (account_settings.public_profile = false) leaves the leaderboards, search and their
-- profile page, and none of their evidence is readable by anyone but themselves and staff.
-- Their points still count: the ledger and the anonymous aggregates are untouched.
--
-- Whether someone is public, for policies that run as anon/authenticated (who cannot read
-- other people's settings rows). A missing row means the default: public.
CREATE OR REPLACE FUNCTION public.has_public_profile(target_user_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT NOT EXISTS (
    SELECT 1 FROM public.account_settings a WHERE a.user_id = target_user_id AND NOT a.public_profile
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.has_public_profile(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.has_public_profile(text) TO anon, authenticated, service_role;
--> statement-breakpoint
-- The leaderboards are redefined without hidden people, so ranks are computed among the
-- people shown (no gaps where someone left). Nothing else depends on the two views; the
-- refresh function names them and binds late.
DROP MATERIALIZED VIEW leaderboard_totals;
--> statement-breakpoint
DROP MATERIALIZED VIEW leaderboard_30d;
--> statement-breakpoint
CREATE MATERIALIZED VIEW leaderboard_totals AS
WITH totals AS (
  SELECT l.user_id, sum(l.delta_points)::int AS total_points, max(l.created_at) AS last_activity_at
  FROM points_ledger l
  GROUP BY l.user_id
), public_counts AS (
  SELECT s.user_id, count(*)::int AS public_submissions
  FROM submissions s
  WHERE s.status = 'APPROVED' AND s.visibility = 'PUBLIC'
  GROUP BY s.user_id
)
SELECT u.id AS user_id, u.handle, u.name, u.school, u.cohort, u.avatar_url,
       t.total_points,
       coalesce(p.public_submissions, 0) AS public_submissions,
       t.last_activity_at,
       rank() OVER (ORDER BY t.total_points DESC)::int AS rank
FROM totals t
JOIN users u ON u.id = t.user_id
LEFT JOIN public_counts p ON p.user_id = t.user_id
WHERE u.role = 'PARTICIPANT' AND t.total_points > 0 AND u.email NOT LIKE '%@deleted.invalid'
  AND NOT EXISTS (SELECT 1 FROM account_settings a WHERE a.user_id = u.id AND NOT a.public_profile);
--> statement-breakpoint
CREATE MATERIALIZED VIEW leaderboard_30d AS
WITH totals AS (
  SELECT l.user_id, sum(l.delta_points)::int AS total_points, max(l.created_at) AS last_activity_at
  FROM points_ledger l
  WHERE l.created_at > now() - interval '30 days'
  GROUP BY l.user_id
), public_counts AS (
  SELECT s.user_id, count(*)::int AS public_submissions
  FROM submissions s
  WHERE s.status = 'APPROVED' AND s.visibility = 'PUBLIC'
  GROUP BY s.user_id
)
SELECT u.id AS user_id, u.handle, u.name, u.school, u.cohort, u.avatar_url,
       t.total_points,
       coalesce(p.public_submissions, 0) AS public_submissions,
       t.last_activity_at,
       rank() OVER (ORDER BY t.total_points DESC)::int AS rank
FROM totals t
JOIN users u ON u.id = t.user_id
LEFT JOIN public_counts p ON p.user_id = t.user_id
WHERE u.role = 'PARTICIPANT' AND t.total_points > 0 AND u.email NOT LIKE '%@deleted.invalid'
  AND NOT EXISTS (SELECT 1 FROM account_settings a WHERE a.user_id = u.id AND NOT a.public_profile);
--> statement-breakpoint
-- The indexes of migrations 0002 and 0012, as they were.
CREATE UNIQUE INDEX leaderboard_totals_user_id_key ON leaderboard_totals (user_id);
--> statement-breakpoint
CREATE INDEX leaderboard_totals_order_idx ON leaderboard_totals (rank, last_activity_at, handle);
--> statement-breakpoint
CREATE UNIQUE INDEX leaderboard_30d_user_id_key ON leaderboard_30d (user_id);
--> statement-breakpoint
CREATE INDEX leaderboard_30d_order_idx ON leaderboard_30d (rank, last_activity_at, handle);
--> statement-breakpoint
CREATE INDEX leaderboard_totals_search_idx ON leaderboard_totals
  USING gin ((name || ' ' || handle || ' ' || coalesce(school, '')) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX leaderboard_30d_search_idx ON leaderboard_30d
  USING gin ((name || ' ' || handle || ' ' || coalesce(school, '')) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX leaderboard_totals_cohort_idx ON leaderboard_totals (cohort, rank, last_activity_at, handle);
--> statement-breakpoint
CREATE INDEX leaderboard_30d_cohort_idx ON leaderboard_30d (cohort, rank, last_activity_at, handle);
--> statement-breakpoint
CREATE UNIQUE INDEX leaderboard_totals_handle_key ON leaderboard_totals (handle);
--> statement-breakpoint
GRANT SELECT ON leaderboard_totals, leaderboard_30d TO anon, authenticated, service_role;
--> statement-breakpoint
-- Visitors look profiles up by handle: hidden people are not there (the profile is a 404).
-- Signed-in staff still see every row (review queue, admin pages).
CREATE OR REPLACE VIEW public_profiles AS
SELECT u.id, u.handle, u.name, u.avatar_url, u.role, u.school, u.cohort, u.created_at,
       u.email LIKE '%@deleted.invalid' AS anonymised
FROM public.users u
WHERE current_user <> 'anon'
   OR (u.email NOT LIKE '%@deleted.invalid' AND public.has_public_profile(u.id));
--> statement-breakpoint
-- Evidence is public only while its owner is: the owner and reviewers keep their own
-- branches of the policies; everyone else loses the PUBLIC branch for hidden people.
ALTER POLICY submissions_select_public ON submissions
  USING (visibility = 'PUBLIC' AND status = 'APPROVED' AND public.has_public_profile(user_id));
--> statement-breakpoint
ALTER POLICY submissions_select_own_reviewer_or_public ON submissions
  USING (
    user_id = (SELECT auth.get_user_id())
    OR (SELECT auth.is_reviewer())
    OR (visibility = 'PUBLIC' AND status = 'APPROVED' AND public.has_public_profile(user_id))
  );
--> statement-breakpoint
ALTER POLICY uploads_select_public ON uploads
  USING (EXISTS (SELECT 1 FROM submissions s
                 WHERE s.id = submission_id AND s.status = 'APPROVED' AND s.visibility = 'PUBLIC'
                   AND public.has_public_profile(s.user_id)));
--> statement-breakpoint
ALTER POLICY uploads_select_own_reviewer_or_public ON uploads
  USING (
    user_id = (SELECT auth.get_user_id())
    OR (SELECT auth.is_reviewer())
    OR EXISTS (SELECT 1 FROM submissions s
               WHERE s.id = submission_id AND s.status = 'APPROVED' AND s.visibility = 'PUBLIC'
                 AND public.has_public_profile(s.user_id))
  );
--> statement-breakpoint
-- A change of the switch is a change of public data: it advances the counter the public
-- caches are keyed by and that schedules the debounced leaderboard refresh. Row-level with
-- WHEN, so saving other settings (mail, language) does not cause refreshes.
CREATE TRIGGER account_settings_insert_marks_leaderboards AFTER INSERT ON account_settings
  FOR EACH ROW WHEN (NOT NEW.public_profile) EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
CREATE TRIGGER account_settings_update_marks_leaderboards AFTER UPDATE OF public_profile ON account_settings
  FOR EACH ROW WHEN (OLD.public_profile IS DISTINCT FROM NEW.public_profile)
  EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
CREATE TRIGGER account_settings_delete_marks_leaderboards AFTER DELETE ON account_settings
  FOR EACH ROW WHEN (NOT OLD.public_profile) EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
-- The home page's stories: the newest approved PUBLIC Explore and Present evidence.
CREATE INDEX submissions_public_stories_idx ON submissions (updated_at DESC)
  WHERE status = 'APPROVED' AND visibility = 'PUBLIC' AND activity_code IN ('EXPLORE', 'PRESENT');
