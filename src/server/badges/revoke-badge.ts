import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { earned_badges } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";

/** An admin revokes an earned badge; audited. Not earned → NOT_FOUND. */
export async function revokeBadge(admin: UserRow, code: string, userId: string): Promise<void> {
  await privileged({ userId: admin.id }, async (tx) => {
    const deleted = await tx
      .delete(earned_badges)
      .where(and(eq(earned_badges.user_id, userId), eq(earned_badges.badge_code, code)))
      .returning({ id: earned_badges.id });
    if (deleted.length === 0)
      throw new AppError("NOT_FOUND", "This user has not earned that badge.");
    await writeAudit(tx, {
      actorId: admin.id,
      action: "badge.revoked",
      targetId: userId,
      meta: { badge: code },
    });
  });
}
