-- Uploads (docs/product.md §10) and ledger context under row level security.
ALTER TABLE uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE uploads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE points_ledger_context ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE points_ledger_context FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON uploads TO authenticated;
--> statement-breakpoint
GRANT SELECT ON uploads TO anon;
--> statement-breakpoint
GRANT SELECT ON points_ledger_context TO authenticated;
--> statement-breakpoint
GRANT ALL ON uploads, points_ledger_context TO service_role;
--> statement-breakpoint
-- Reading a file's record: its owner, reviewers, or anyone when it belongs to an
-- APPROVED PUBLIC submission.
CREATE POLICY uploads_select_own_reviewer_or_public ON uploads FOR SELECT TO authenticated
  USING (
    user_id = (SELECT auth.get_user_id())
    OR (SELECT auth.is_reviewer())
    OR EXISTS (SELECT 1 FROM submissions s WHERE s.id = submission_id AND s.status = 'APPROVED' AND s.visibility = 'PUBLIC')
  );
--> statement-breakpoint
CREATE POLICY uploads_select_public ON uploads FOR SELECT TO anon
  USING (EXISTS (SELECT 1 FROM submissions s WHERE s.id = submission_id AND s.status = 'APPROVED' AND s.visibility = 'PUBLIC'));
--> statement-breakpoint
CREATE POLICY uploads_insert_own ON uploads FOR INSERT TO authenticated
  WITH CHECK (user_id = (SELECT auth.get_user_id()) AND submission_id IS NULL);
--> statement-breakpoint
-- Owners attach their files to their own submissions only.
CREATE POLICY uploads_update_own ON uploads FOR UPDATE TO authenticated
  USING (user_id = (SELECT auth.get_user_id()))
  WITH CHECK (
    user_id = (SELECT auth.get_user_id())
    AND (submission_id IS NULL
         OR EXISTS (SELECT 1 FROM submissions s WHERE s.id = submission_id AND s.user_id = (SELECT auth.get_user_id())))
  );
--> statement-breakpoint
CREATE POLICY uploads_delete_own_unattached ON uploads FOR DELETE TO authenticated
  USING (user_id = (SELECT auth.get_user_id()) AND submission_id IS NULL);
--> statement-breakpoint
CREATE POLICY points_ledger_context_select ON points_ledger_context FOR SELECT TO authenticated
  USING (EXISTS (
    SELECT 1 FROM points_ledger l
    WHERE l.id = ledger_id AND (l.user_id = (SELECT auth.get_user_id()) OR (SELECT auth.is_reviewer()))
  ));
--> statement-breakpoint
CREATE TRIGGER points_ledger_context_append_only BEFORE UPDATE OR DELETE ON points_ledger_context
  FOR EACH ROW EXECUTE FUNCTION public.refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER points_ledger_context_no_truncate BEFORE TRUNCATE ON points_ledger_context
  FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_append_only_change();
