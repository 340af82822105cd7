-- Badge credentials (docs/product.md §15) are read and written only through the privileged
-- path: the public badge page and GET /api/credentials/<id> select the fields they may show
-- (a private profile's name never leaves the server), so neither anon nor authenticated
-- gets a grant or a policy here.
ALTER TABLE badge_credentials ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE badge_credentials FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT ALL ON badge_credentials TO service_role;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE badge_credentials_status_index_seq TO service_role;
--> statement-breakpoint
-- Which earned badge has which credential page is as public as earned_badges itself (profile
-- and leaderboard badge entries link to /badges/<id>): those columns only, never the signed
-- document, whose recipient name and email hash stay behind the privileged path.
GRANT SELECT (id, earned_badge_id, user_id, badge_code, issued_at, revoked_at)
  ON badge_credentials TO anon, authenticated;
--> statement-breakpoint
CREATE POLICY badge_credentials_select_links ON badge_credentials FOR SELECT TO anon, authenticated
  USING (true);
