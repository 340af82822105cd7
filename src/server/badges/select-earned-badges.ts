import "server-only";
import { asc, eq } from "drizzle-orm";
import { badges, earned_badges } from "../db/schema";
import type { Tx } from "../db/types";

export interface EarnedBadgeDto {
  code: string;
  name: string;
  description: string;
  earnedAt: string;
}

/** A user's earned badges with their names, oldest first, in the caller's transaction. */
export async function selectEarnedBadges(tx: Tx, userId: string): Promise<EarnedBadgeDto[]> {
  const rows = await tx
    .select({
      code: badges.code,
      name: badges.name,
      description: badges.description,
      earnedAt: earned_badges.earned_at,
    })
    .from(earned_badges)
    .innerJoin(badges, eq(badges.code, earned_badges.badge_code))
    .where(eq(earned_badges.user_id, userId))
    .orderBy(asc(earned_badges.earned_at), asc(earned_badges.badge_code));
  return rows.map((row) => ({ ...row, earnedAt: row.earnedAt.toISOString() }));
}
