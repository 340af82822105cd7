import { sql } from "drizzle-orm";
import { submissions } from "../db/schema";

/**
 * A submission's `version` (docs/product.md §4): its updated_at as ISO 8601 UTC with
 * microseconds. The database renders it because a JS Date keeps only milliseconds, so two
 * edits within one millisecond would otherwise carry the same version. Clients echo it
 * back unchanged; it is compared as text.
 */
export const submissionVersion = sql<string>`to_char(${submissions.updated_at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
