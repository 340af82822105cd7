import "server-only";
import { eq } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { leaderboardView, type Period } from "./leaderboard-views";
import { badgesOf, type LeaderboardItem } from "./list-leaderboard";

/**
 * One user's row of a leaderboard, wherever it falls in the ranking, so a page can show
 * the signed-in educator their own place when it is off the page being viewed. Null for
 * anyone the board leaves out (staff, anonymised, no points in the period). Read as a
 * visitor: the row is exactly what the public board shows.
 */
export async function findLeaderboardRow(
  userId: string,
  period: Period,
): Promise<LeaderboardItem | null> {
  const view = leaderboardView(period);
  return asVisitor(async (tx) => {
    const [row] = await tx.select().from(view).where(eq(view.user_id, userId));
    if (!row) return null;
    const badges = await badgesOf(tx, [row.user_id]);
    return {
      rank: row.rank,
      handle: row.handle,
      name: row.name,
      school: row.school,
      cohort: row.cohort,
      avatarUrl: row.avatar_url,
      points: row.total_points,
      publicSubmissions: row.public_submissions,
      badges: badges.get(row.user_id) ?? [],
    };
  });
}
