-- Public face (docs/product.md §8): change tracking for debounced leaderboard refreshes, and
-- indexes that keep leaderboard search, cohort filters and deep pages fast.
ALTER TABLE leaderboard_refreshes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE leaderboard_refreshes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE leaderboard_refreshes ADD CONSTRAINT leaderboard_refreshes_single_row CHECK (id = 1);
--> statement-breakpoint
INSERT INTO leaderboard_refreshes (id, refreshed_version, refreshed_at) VALUES (1, 0, now()) ON CONFLICT DO NOTHING;
--> statement-breakpoint
GRANT ALL ON leaderboard_refreshes TO service_role;
--> statement-breakpoint
-- Advanced by every write that changes what the leaderboards show. A sequence, not a
-- row: writers never wait on each other, and rolled-back writes only cause a harmless
-- extra refresh.
CREATE SEQUENCE IF NOT EXISTS leaderboard_changes;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE leaderboard_changes TO service_role;
--> statement-breakpoint
-- Every write that changes what the leaderboards show advances the counter, from the
-- database itself, so no code path can forget it. Statement-level: one step per write.
CREATE OR REPLACE FUNCTION public.mark_leaderboards_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$
BEGIN
  PERFORM nextval('public.leaderboard_changes');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER points_ledger_marks_leaderboards AFTER INSERT ON points_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
CREATE TRIGGER submissions_marks_leaderboards AFTER INSERT OR DELETE OR UPDATE OF status, visibility ON submissions
  FOR EACH STATEMENT EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
CREATE TRIGGER users_marks_leaderboards
  AFTER DELETE OR UPDATE OF handle, name, school, cohort, avatar_url, role, email ON users
  FOR EACH STATEMENT EXECUTE FUNCTION public.mark_leaderboards_stale();
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
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
-- Anonymised users (docs/product.md §2) keep their rows for history; public pages must know them.
CREATE OR REPLACE VIEW public_profiles AS
SELECT u.id, u.handle, u.name, u.avatar_url, u.role, u.school, u.cohort, u.created_at,
       u.email LIKE '%@deleted.invalid' AS anonymised
FROM users u;
