import "server-only";
import { asc, eq, inArray, type InferSelectViewModel } from "drizzle-orm";
import { badge_credentials, earned_badges } from "../db/schema";
import type { Tx } from "../db/types";
import { toPublicEducator, type PublicEducator } from "../profiles/public-educator";
import type { leaderboardTotals } from "./leaderboard-views";

export interface LeaderboardItem extends PublicEducator {
  rank: number;
  publicSubmissions: number;
  badges: string[];
  /** Badge code → its credential page id, /badges/<id> (docs/product.md §15). */
  badgePages: Record<string, string>;
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
    badges: (badges.get(row.user_id) ?? []).map((badge) => badge.code),
    badgePages: Object.fromEntries(
      (badges.get(row.user_id) ?? []).flatMap((badge) =>
        badge.credentialId ? [[badge.code, badge.credentialId]] : [],
      ),
    ),
  }));
}

type EarnedBadge = { code: string; credentialId: string | null };

/** Earned badges (and their credential ids) per user, in the order they were earned. */
async function badgesOf(tx: Tx, userIds: string[]): Promise<Map<string, EarnedBadge[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({
      userId: earned_badges.user_id,
      code: earned_badges.badge_code,
      credentialId: badge_credentials.id,
    })
    .from(earned_badges)
    .leftJoin(badge_credentials, eq(badge_credentials.earned_badge_id, earned_badges.id))
    .where(inArray(earned_badges.user_id, userIds))
    .orderBy(asc(earned_badges.earned_at), asc(earned_badges.badge_code));
  const byUser = new Map<string, EarnedBadge[]>();
  for (const { userId, ...badge } of rows)
    byUser.set(userId, [...(byUser.get(userId) ?? []), badge]);
  return byUser;
}
