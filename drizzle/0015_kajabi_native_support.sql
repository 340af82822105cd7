-- Kajabi's native hooks (docs/decisions/016-kajabi-native-webhooks.md). Every event stored
-- before this migration came in through the signature check, the only way in until now.
UPDATE kajabi_events SET auth_method = 'hmac' WHERE auth_method IS NULL;
--> statement-breakpoint
ALTER TABLE kajabi_events ADD CONSTRAINT kajabi_events_auth_method_check
  CHECK (auth_method IN ('hmac', 'token'));
--> statement-breakpoint
-- Waiting events are found by the contact's email and id, which a native body keeps in its
-- JSON:API "contacts" resource instead of "contact". The lookups read both places with the
-- same expressions as these indexes (src/server/kajabi/stored-kajabi-contact.ts), silently
-- (no error for an odd payload), so the planner uses them.
DROP INDEX kajabi_events_contact_email_idx;
--> statement-breakpoint
DROP INDEX kajabi_events_contact_id_idx;
--> statement-breakpoint
CREATE INDEX kajabi_events_contact_email_idx ON kajabi_events (lower(coalesce(
  payload #>> '{contact,email}',
  jsonb_path_query_first(payload, '$.payload[*] ? (@.type == "contacts").attributes.email', '{}', true) #>> '{}'
))) WHERE processed_at IS NULL;
--> statement-breakpoint
CREATE INDEX kajabi_events_contact_id_idx ON kajabi_events ((coalesce(
  payload #>> '{contact,id}',
  jsonb_path_query_first(payload, '$.payload[*] ? (@.type == "contacts").id', '{}', true) #>> '{}'
))) WHERE processed_at IS NULL;
