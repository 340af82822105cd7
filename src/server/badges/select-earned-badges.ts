import "server-only";
import { asc, eq } from "drizzle-orm";
import { badge_credentials, badges, earned_badges } from "../db/schema";
import type { Tx } from "../db/types";

export interface EarnedBadgeDto {
  code: string;
  name: string;
  description: string;
  earnedAt: string;
  /** Its Open Badges credential, whose page is /badges/<id> (docs/product.md §15). */
  credentialId: string | null;
}

/** A user's earned badges with their names, oldest first, in the caller's transaction. */
export async function selectEarnedBadges(tx: Tx, userId: string): Promise<EarnedBadgeDto[]> {
  const rows = await tx
    .select({
      code: badges.code,
      name: badges.name,
      description: badges.description,
      earnedAt: earned_badges.earned_at,
      credentialId: badge_credentials.id,
    })
    .from(earned_badges)
    .innerJoin(badges, eq(badges.code, earned_badges.badge_code))
    .leftJoin(badge_credentials, eq(badge_credentials.earned_badge_id, earned_badges.id))
    .where(eq(earned_badges.user_id, userId))
    .orderBy(asc(earned_badges.earned_at), asc(earned_badges.badge_code));
  return rows.map((row) => ({ ...row, earnedAt: row.earnedAt.toISOString() }));
}
