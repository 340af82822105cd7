import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { badge_credentials, earned_badges } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";

/**
 * An admin revokes an earned badge; audited. Not earned → NOT_FOUND. Its credential is
 * marked revoked in the same transaction, which sets its bit in the published status list
 * (docs/product.md §15): verification then reports "revoked".
 */
export async function revokeBadge(admin: UserRow, code: string, userId: string): Promise<void> {
  await privileged({ userId: admin.id }, async (tx) => {
    const deleted = await tx
      .delete(earned_badges)
      .where(and(eq(earned_badges.user_id, userId), eq(earned_badges.badge_code, code)))
      .returning({ id: earned_badges.id });
    if (deleted.length === 0) throw new AppError("NOT_FOUND", "errors.badges.notEarned");
    const revoked = await tx
      .update(badge_credentials)
      .set({ revoked_at: new Date() })
      .where(
        inArray(
          badge_credentials.earned_badge_id,
          deleted.map((row) => row.id),
        ),
      )
      .returning({ id: badge_credentials.id });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "badge.revoked",
      targetId: userId,
      meta: { badge: code, credentials: revoked.map((row) => row.id) },
    });
  });
}
