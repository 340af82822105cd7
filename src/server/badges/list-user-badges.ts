import "server-only";
import { asc, eq } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { badges, earned_badges } from "../db/schema";

/** A user's earned badges, oldest first (public data: everyone reads earned badges). */
export async function listUserBadges(userId: string) {
  const rows = await asVisitor((tx) =>
    tx
      .select({
        code: badges.code,
        name: badges.name,
        description: badges.description,
        earnedAt: earned_badges.earned_at,
      })
      .from(earned_badges)
      .innerJoin(badges, eq(badges.code, earned_badges.badge_code))
      .where(eq(earned_badges.user_id, userId))
      .orderBy(asc(earned_badges.earned_at)),
  );
  return rows.map((row) => ({ ...row, earnedAt: row.earnedAt.toISOString() }));
}
