-- Identity tables are private to the privileged path: RLS enabled and forced with no
-- policies, and no grants to anon or authenticated, so a signed-in user's transaction
-- can neither read password hashes and session ids nor forge attempts or deliveries.
ALTER TABLE credentials ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE credentials FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sign_in_attempts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sign_in_attempts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT ALL ON credentials, sessions, sign_in_attempts, webhook_deliveries TO service_role;
