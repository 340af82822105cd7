-- How many submissions the caller created in the last hour (docs/product.md §3: at most 10), counted
-- from the append-only audit log so that withdrawing a submission does not reset it.
-- SECURITY DEFINER because only admins read audit_log; it reveals only the caller's count.
CREATE OR REPLACE FUNCTION public.recent_submission_count() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_catalog
AS $$
  SELECT count(*)::int FROM audit_log
  WHERE actor_id = auth.get_user_id()
    AND action = 'submission.created'
    AND created_at > now() - interval '1 hour'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.recent_submission_count() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.recent_submission_count() TO authenticated, service_role;
