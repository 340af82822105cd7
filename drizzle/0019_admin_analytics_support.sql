-- docs/product.md §3 and §15: admins edit activity default points and descriptions within
-- sane bounds (the app checks the same and says so in words; this holds for every path).
ALTER TABLE activities ADD CONSTRAINT activities_default_points_range
  CHECK (default_points BETWEEN 0 AND 1000);
--> statement-breakpoint
-- Descriptions are public text (anyone may read them, like the activities); admins write
-- them as themselves under RLS, as they write activities (activities_write_admin).
ALTER TABLE activity_descriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE activity_descriptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON activity_descriptions TO anon, authenticated;
--> statement-breakpoint
GRANT INSERT, UPDATE ON activity_descriptions TO authenticated;
--> statement-breakpoint
GRANT ALL ON activity_descriptions TO service_role;
--> statement-breakpoint
CREATE POLICY activity_descriptions_select_all ON activity_descriptions FOR SELECT
  TO anon, authenticated USING (true);
--> statement-breakpoint
CREATE POLICY activity_descriptions_write_admin ON activity_descriptions FOR ALL TO authenticated
  USING ((SELECT auth.is_admin()))
  WITH CHECK ((SELECT auth.is_admin()));
--> statement-breakpoint
ALTER TABLE activity_descriptions ADD CONSTRAINT activity_descriptions_length
  CHECK (char_length(description) <= 1000);
--> statement-breakpoint
INSERT INTO activity_descriptions (activity_code, description)
SELECT code, CASE code
  WHEN 'LEARN' THEN 'Complete the online AI courses; completions are credited automatically.'
  WHEN 'EXPLORE' THEN 'Use AI in a real lesson with your class and reflect on what happened.'
  WHEN 'AMPLIFY' THEN 'Train fellow teachers and students in what you have learned.'
  WHEN 'PRESENT' THEN 'Share your story publicly, for example in a LinkedIn post.'
  WHEN 'SHINE' THEN 'Submit an innovation idea for your classroom or school.'
  END
  FROM activities WHERE code IN ('LEARN', 'EXPLORE', 'AMPLIFY', 'PRESENT', 'SHINE')
ON CONFLICT (activity_code) DO NOTHING;
