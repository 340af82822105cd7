-- Account settings: a signed-in person reads their own row, admins every row; all writes go
-- through the privileged path (src/server/accounts). Tokens are private to the privileged
-- path like credentials and sessions. The outbox is read by admins (/admin/mail) and written
-- only by the privileged path, in the transaction of the event that causes each message.
ALTER TABLE account_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE account_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON account_settings TO authenticated;
--> statement-breakpoint
CREATE POLICY account_settings_select_own_or_admin ON account_settings FOR SELECT TO authenticated
  USING (user_id = (SELECT auth.get_user_id()) OR (SELECT auth.is_admin()));
--> statement-breakpoint
ALTER TABLE account_settings ADD CONSTRAINT account_settings_locale_check
  CHECK (locale IS NULL OR locale IN ('en', 'id'));
--> statement-breakpoint
ALTER TABLE account_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE account_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check
  CHECK (purpose IN ('verify-email', 'password-reset', 'delete-account', 'unsubscribe'));
--> statement-breakpoint
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON mail_outbox TO authenticated;
--> statement-breakpoint
CREATE POLICY mail_outbox_select_admin ON mail_outbox FOR SELECT TO authenticated
  USING ((SELECT auth.is_admin()));
--> statement-breakpoint
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_category_check
  CHECK (category IN ('account', 'notification'));
--> statement-breakpoint
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check
  CHECK (status IN ('pending', 'sent', 'failed'));
--> statement-breakpoint
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_locale_check CHECK (locale IN ('en', 'id'));
--> statement-breakpoint
GRANT ALL ON account_settings, account_tokens, mail_outbox TO service_role;
