import "server-only";
import { eq } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { leaderboardView, type Period } from "./leaderboard-views";
import { toLeaderboardItems, type LeaderboardItem } from "./leaderboard-item";

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
  return asVisitor(
    async (tx) => {
      const rows = await tx.select().from(view).where(eq(view.user_id, userId));
      const [item] = await toLeaderboardItems(tx, rows);
      return item ?? null;
    },
    { readOnly: true },
  );
}
