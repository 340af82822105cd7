-- The five LEAPS activities and the badge catalogue (docs/product.md §3, §7). Idempotent, and an
-- admin's later edits (e.g. default_points) are kept: existing rows are never touched.
INSERT INTO activities (code, name, default_points) VALUES
  ('LEARN', 'Learn', 20),
  ('EXPLORE', 'Explore', 50),
  ('AMPLIFY', 'Amplify', 0),
  ('PRESENT', 'Present', 20),
  ('SHINE', 'Shine', 0)
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint
INSERT INTO badges (code, name, description, criteria) VALUES
  ('STARTER', 'LEAPS Starter', 'Completed the Learn courses: 20 Learn points.',
   '{"kind":"activity_points","activity":"LEARN","min":20}'),
  ('IN_CLASS_INNOVATOR', 'In-Class Innovator', 'Used AI in a real class and reflected on it.',
   '{"kind":"approved_count","activity":"EXPLORE","min":1}'),
  ('COMMUNITY_VOICE', 'Community Voice', 'Shared the story publicly.',
   '{"kind":"approved_count","activity":"PRESENT","min":1}'),
  ('AMPLIFIER', 'Amplifier', 'Trained at least 10 peers or 25 students.',
   '{"kind":"amplify_reach","peers":10,"students":25}'),
  ('SHINE_STAR', 'Shine Star', 'Submitted an innovation idea that was approved.',
   '{"kind":"approved_count","activity":"SHINE","min":1}'),
  ('LEAPS_COMPLETE', 'LEAPS Complete', 'Credit or approval in all five activities.',
   '{"kind":"all_activities"}'),
  ('CENTURY', 'Century', 'Reached 100 points.',
   '{"kind":"total_points","min":100}')
ON CONFLICT (code) DO NOTHING;
