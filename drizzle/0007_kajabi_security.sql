-- Kajabi outcomes are admin data like kajabi_events: admins read them under RLS; the
-- webhook and reprocessing write them through the privileged path. Events are looked
-- up by email and contact id when a user signs up or gets a contact id linked.
ALTER TABLE kajabi_event_results ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kajabi_event_results FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON kajabi_event_results TO authenticated;
--> statement-breakpoint
GRANT ALL ON kajabi_event_results TO service_role;
--> statement-breakpoint
CREATE POLICY kajabi_event_results_select_admin ON kajabi_event_results FOR SELECT TO authenticated
  USING ((SELECT auth.is_admin()));
--> statement-breakpoint
CREATE INDEX kajabi_events_contact_email_idx ON kajabi_events (lower(payload #>> '{contact,email}'))
  WHERE processed_at IS NULL;
--> statement-breakpoint
CREATE INDEX kajabi_events_contact_id_idx ON kajabi_events ((payload #>> '{contact,id}'))
  WHERE processed_at IS NULL;
--> statement-breakpoint
ALTER TABLE kajabi_event_results ADD CONSTRAINT kajabi_event_results_status_check
  CHECK (status IN ('credited', 'duplicate', 'ignored', 'unmatched', 'capped'));
