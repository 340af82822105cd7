import { getTableColumns, sql } from "drizzle-orm";
import { public_profiles, submissions } from "./schema";

/**
 * The submission columns the `anon` role may read (migration 0013): everything but the
 * review. The review fields come back as NULL so visitor rows keep the row's shape.
 */
export const visitorSubmissionColumns = {
  ...getTableColumns(submissions),
  reviewer_id: sql<string | null>`null`,
  review_note: sql<string | null>`null`,
};

/** The public_profiles columns the `anon` role may read (migration 0013). */
export const visitorProfileColumns = {
  id: public_profiles.id,
  handle: public_profiles.handle,
  name: public_profiles.name,
  avatar_url: public_profiles.avatar_url,
  school: public_profiles.school,
  cohort: public_profiles.cohort,
  anonymised: public_profiles.anonymised,
};
