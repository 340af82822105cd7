import "server-only";
import { asc, inArray, type InferSelectViewModel } from "drizzle-orm";
import { earned_badges } from "../db/schema";
import type { Tx } from "../db/types";
import { toPublicEducator, type PublicEducator } from "../profiles/public-educator";
import type { leaderboardTotals } from "./leaderboard-views";

export interface LeaderboardItem extends PublicEducator {
  rank: number;
  publicSubmissions: number;
  badges: string[];
}

/** Leaderboard view rows as the board shows them, each with its earned badges. */
export async function toLeaderboardItems(
  tx: Tx,
  rows: InferSelectViewModel<typeof leaderboardTotals>[],
): Promise<LeaderboardItem[]> {
  const badges = await badgesOf(
    tx,
    rows.map((row) => row.user_id),
  );
  return rows.map((row) => ({
    rank: row.rank,
    ...toPublicEducator(row, row.total_points),
    publicSubmissions: row.public_submissions,
    badges: badges.get(row.user_id) ?? [],
  }));
}

/** Earned badge codes per user, in the order they were earned. */
async function badgesOf(tx: Tx, userIds: string[]): Promise<Map<string, string[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: earned_badges.user_id, code: earned_badges.badge_code })
    .from(earned_badges)
    .where(inArray(earned_badges.user_id, userIds))
    .orderBy(asc(earned_badges.earned_at), asc(earned_badges.badge_code));
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.code]);
  return byUser;
}
