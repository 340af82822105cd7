import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { public_profiles, submissions } from "../db/schema";

export const STORY_ACTIVITIES = ["EXPLORE", "PRESENT"] as const;
const EXCERPT_CHARS = 280;

export interface HomeStory {
  id: string;
  activity: (typeof STORY_ACTIVITIES)[number];
  excerpt: string;
  /** The LinkedIn post of a Present story. */
  link: string | null;
  approvedAt: string;
  author: { handle: string; name: string; school: string | null };
}

/**
 * The home page's stories (docs/product.md §8): the latest approved PUBLIC Explore reflections
 * and Present posts, in one query read as a visitor — so row level security alone leaves
 * out private evidence, people who left the public pages and deleted accounts (migration
 * 0018). A partial index serves the newest-first scan.
 */
export async function listHomeStories(limit = 6): Promise<HomeStory[]> {
  const rows = await asVisitor((tx) =>
    tx
      .select({
        id: submissions.id,
        activity: submissions.activity_code,
        payload: submissions.payload,
        updatedAt: submissions.updated_at,
        handle: public_profiles.handle,
        name: public_profiles.name,
        school: public_profiles.school,
      })
      .from(submissions)
      .innerJoin(public_profiles, eq(public_profiles.id, submissions.user_id))
      .where(
        and(
          eq(submissions.status, "APPROVED"),
          eq(submissions.visibility, "PUBLIC"),
          inArray(submissions.activity_code, [...STORY_ACTIVITIES]),
        ),
      )
      .orderBy(desc(submissions.updated_at))
      .limit(limit),
  );
  return rows.map((row) => {
    const payload = (row.payload ?? {}) as Record<string, unknown>;
    const text = String(
      (row.activity === "EXPLORE" ? payload.reflection : payload.caption) ?? "",
    ).trim();
    return {
      id: row.id,
      activity: row.activity as HomeStory["activity"],
      excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).trimEnd()}…` : text,
      link:
        row.activity === "PRESENT" && typeof payload.linkedinUrl === "string"
          ? payload.linkedinUrl
          : null,
      approvedAt: row.updatedAt.toISOString(),
      author: { handle: row.handle, name: row.name, school: row.school },
    };
  });
}
