import "server-only";
import { eq } from "drizzle-orm";
import { asVisitor } from "../db/as-visitor";
import { leaderboardView, type Period } from "./leaderboard-views";

/** Where one educator stands on a leaderboard. */
export interface OwnRank {
  handle: string;
  rank: number;
  points: number;
}

/**
 * A user's place on a leaderboard, wherever it falls in the ranking, so the page can show
 * the signed-in educator their own place. Null for anyone the board leaves out (staff,
 * anonymised, no points in the period). Read as a visitor: exactly what the public board
 * shows. One indexed lookup (the page cache runs it for every signed-in visitor).
 */
export async function findOwnRank(userId: string, period: Period): Promise<OwnRank | null> {
  const view = leaderboardView(period);
  return asVisitor(
    async (tx) => {
      const [row] = await tx
        .select({ handle: view.handle, rank: view.rank, points: view.total_points })
        .from(view)
        .where(eq(view.user_id, userId));
      return row ?? null;
    },
    { readOnly: true },
  );
}
