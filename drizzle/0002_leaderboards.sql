-- Leaderboards, summaries and metrics of docs/product.md §8.
-- Anonymised users (user.deleted, docs/product.md §2) keep an email at the reserved domain
-- deleted.invalid; they, staff and users without a positive total are never listed.
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
WHERE u.role = 'PARTICIPANT' AND t.total_points > 0 AND u.email NOT LIKE '%@deleted.invalid';
--> statement-breakpoint
CREATE UNIQUE INDEX leaderboard_totals_user_id_key ON leaderboard_totals (user_id);
--> statement-breakpoint
-- Display order: points desc (= rank), then earlier last activity, then handle.
CREATE INDEX leaderboard_totals_order_idx ON leaderboard_totals (rank, last_activity_at, handle);
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
WHERE u.role = 'PARTICIPANT' AND t.total_points > 0 AND u.email NOT LIKE '%@deleted.invalid';
--> statement-breakpoint
CREATE UNIQUE INDEX leaderboard_30d_user_id_key ON leaderboard_30d (user_id);
--> statement-breakpoint
CREATE INDEX leaderboard_30d_order_idx ON leaderboard_30d (rank, last_activity_at, handle);
--> statement-breakpoint
-- The leaderboards hold only public profile columns; materialized views have no RLS.
GRANT SELECT ON leaderboard_totals, leaderboard_30d TO anon, authenticated, service_role;
--> statement-breakpoint
-- Other people's public columns (no email, no Kajabi contact id): what "public profile
-- rows" means for docs/product.md §9. Runs with its owner's rights, so RLS on users does not hide
-- rows here; the column list is the guard.
CREATE VIEW public_profiles AS
SELECT u.id, u.handle, u.name, u.avatar_url, u.role, u.school, u.cohort, u.created_at
FROM users u;
--> statement-breakpoint
GRANT SELECT ON public_profiles TO anon, authenticated, service_role;
--> statement-breakpoint
-- Per-user points by activity. security_invoker: the caller's RLS on points_ledger
-- applies, so an educator sees their own row and reviewers/admins see everyone's.
CREATE VIEW user_points_summary WITH (security_invoker = true) AS
SELECT l.user_id,
       sum(l.delta_points)::int AS total_points,
       coalesce(sum(l.delta_points) FILTER (WHERE l.activity_code = 'LEARN'), 0)::int AS learn_points,
       coalesce(sum(l.delta_points) FILTER (WHERE l.activity_code = 'EXPLORE'), 0)::int AS explore_points,
       coalesce(sum(l.delta_points) FILTER (WHERE l.activity_code = 'AMPLIFY'), 0)::int AS amplify_points,
       coalesce(sum(l.delta_points) FILTER (WHERE l.activity_code = 'PRESENT'), 0)::int AS present_points,
       coalesce(sum(l.delta_points) FILTER (WHERE l.activity_code = 'SHINE'), 0)::int AS shine_points,
       max(l.created_at) AS last_activity_at
FROM points_ledger l
GROUP BY l.user_id;
--> statement-breakpoint
GRANT SELECT ON user_points_summary TO authenticated, service_role;
--> statement-breakpoint
-- Programme aggregates per activity with no personal data; runs with its owner's
-- rights so every visitor sees the same whole-programme numbers.
CREATE VIEW public_submission_metrics AS
WITH submission_counts AS (
  SELECT s.activity_code,
         count(*) FILTER (WHERE s.status = 'PENDING')::int AS pending_count,
         count(*) FILTER (WHERE s.status = 'APPROVED')::int AS approved_count,
         count(*) FILTER (WHERE s.status = 'REJECTED')::int AS rejected_count,
         count(*) FILTER (WHERE s.visibility = 'PUBLIC')::int AS public_count,
         count(*) FILTER (WHERE s.visibility = 'PRIVATE')::int AS private_count
  FROM submissions s
  GROUP BY s.activity_code
), ledger_sums AS (
  SELECT l.activity_code, coalesce(sum(l.delta_points), 0)::int AS points_awarded
  FROM points_ledger l
  GROUP BY l.activity_code
), participant_counts AS (
  SELECT x.activity_code, count(DISTINCT x.user_id)::int AS participants
  FROM (
    SELECT activity_code, user_id FROM submissions
    UNION ALL
    SELECT activity_code, user_id FROM points_ledger
  ) x
  GROUP BY x.activity_code
)
SELECT a.code AS activity_code,
       a.name AS activity_name,
       coalesce(sc.pending_count, 0) AS pending_count,
       coalesce(sc.approved_count, 0) AS approved_count,
       coalesce(sc.rejected_count, 0) AS rejected_count,
       coalesce(sc.public_count, 0) AS public_count,
       coalesce(sc.private_count, 0) AS private_count,
       coalesce(pc.participants, 0) AS participants,
       coalesce(ls.points_awarded, 0) AS points_awarded
FROM activities a
LEFT JOIN submission_counts sc ON sc.activity_code = a.code
LEFT JOIN ledger_sums ls ON ls.activity_code = a.code
LEFT JOIN participant_counts pc ON pc.activity_code = a.code;
--> statement-breakpoint
GRANT SELECT ON public_submission_metrics TO anon, authenticated, service_role;
--> statement-breakpoint
-- A user's total for themselves or for an admin; NULL for anyone else.
CREATE OR REPLACE FUNCTION public.get_user_total_points(target_user_id text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$
  SELECT CASE
    WHEN target_user_id = auth.get_user_id() OR auth.is_admin() THEN
      (SELECT coalesce(sum(l.delta_points), 0)::int FROM points_ledger l WHERE l.user_id = target_user_id)
  END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.get_user_total_points(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.get_user_total_points(text) TO anon, authenticated, service_role;
--> statement-breakpoint
-- Refreshes both leaderboards without blocking readers (CONCURRENTLY). The transaction
-- advisory lock makes concurrent callers wait their turn instead of overlapping, and a
-- caller that waited still refreshes, so writes made before its call are always seen.
CREATE OR REPLACE FUNCTION public.refresh_leaderboards() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('leaps.refresh_leaderboards'));
  REFRESH MATERIALIZED VIEW CONCURRENTLY leaderboard_totals;
  REFRESH MATERIALIZED VIEW CONCURRENTLY leaderboard_30d;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.refresh_leaderboards() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.refresh_leaderboards() TO service_role;
