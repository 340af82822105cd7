-- docs/product.md §3 and §15: admins edit activity default points and descriptions within
-- sane bounds (the app checks the same and says so in words; this holds for every path).
ALTER TABLE activities ADD CONSTRAINT activities_default_points_range
  CHECK (default_points BETWEEN 0 AND 1000);
--> statement-breakpoint
ALTER TABLE activities ADD CONSTRAINT activities_description_length
  CHECK (char_length(description) <= 1000);
--> statement-breakpoint
UPDATE activities SET description = CASE code
  WHEN 'LEARN' THEN 'Complete the online AI courses; completions are credited automatically.'
  WHEN 'EXPLORE' THEN 'Use AI in a real lesson with your class and reflect on what happened.'
  WHEN 'AMPLIFY' THEN 'Train fellow teachers and students in what you have learned.'
  WHEN 'PRESENT' THEN 'Share your story publicly, for example in a LinkedIn post.'
  WHEN 'SHINE' THEN 'Submit an innovation idea for your classroom or school.'
  ELSE description END
 WHERE description = '';
