import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { issueBadgeCredential } from "../credentials/issue-badge-credential";
import { badges, earned_badges } from "../db/schema";
import type { Tx } from "../db/types";
import { badgeCriteria, criteriaMet } from "./badge-criteria";
import { loadBadgeProgress } from "./load-badge-progress";

/**
 * Awards every badge whose criteria now hold (docs/product.md §7), in the caller's transaction,
 * right after a ledger write or a review. Earned badges are sticky and awarded once
 * (unique user+badge, ON CONFLICT DO NOTHING); each award is audited. Returns the
 * codes newly awarded. Each award is also signed as an Open Badges credential (§15).
 */
export async function evaluateBadges(tx: Tx, userId: string, actorId: string): Promise<string[]> {
  const earned = new Set(
    (
      await tx
        .select({ code: earned_badges.badge_code })
        .from(earned_badges)
        .where(eq(earned_badges.user_id, userId))
    ).map((row) => row.code),
  );
  const candidates = (await tx.select().from(badges)).filter((badge) => !earned.has(badge.code));
  if (candidates.length === 0) return [];
  const progress = await loadBadgeProgress(tx, userId);
  const awarded: string[] = [];
  for (const badge of candidates) {
    const criteria = badgeCriteria.safeParse(badge.criteria);
    if (!criteria.success || !criteriaMet(criteria.data, progress)) continue;
    const [row] = await tx
      .insert(earned_badges)
      .values({ user_id: userId, badge_code: badge.code })
      .onConflictDoNothing()
      .returning({ id: earned_badges.id });
    if (!row) continue;
    awarded.push(badge.code);
    await issueBadgeCredential(tx, row.id);
    await writeAudit(tx, {
      actorId,
      action: "badge.awarded",
      targetId: userId,
      meta: { badge: badge.code },
    });
  }
  return awarded;
}
