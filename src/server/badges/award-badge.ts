import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { issueBadgeCredential } from "../credentials/issue-badge-credential";
import { privileged } from "../db/privileged";
import { badges, earned_badges, users } from "../db/schema";
import { AppError } from "../errors";
import { notifyBadgesEarned } from "../mail/notify-badges-earned";
import type { UserRow } from "../users/user-dto";

/** An admin awards any badge (manual ones included) to a user, once; audited. */
export async function awardBadge(
  admin: UserRow,
  code: string,
  userId: string,
): Promise<{ awarded: boolean }> {
  return privileged({ userId: admin.id }, async (tx) => {
    await requireBadgeAndUser(tx, code, userId);
    const [row] = await tx
      .insert(earned_badges)
      .values({ user_id: userId, badge_code: code })
      .onConflictDoNothing()
      .returning({ id: earned_badges.id });
    if (row) {
      await writeAudit(tx, {
        actorId: admin.id,
        action: "badge.awarded",
        targetId: userId,
        meta: { badge: code, manual: true },
      });
      await issueBadgeCredential(tx, row.id);
      await notifyBadgesEarned(tx, userId, [code]);
    }
    return { awarded: Boolean(row) };
  });
}

async function requireBadgeAndUser(
  tx: Parameters<Parameters<typeof privileged>[1]>[0],
  code: string,
  userId: string,
) {
  const [badge] = await tx.select({ code: badges.code }).from(badges).where(eq(badges.code, code));
  if (!badge) throw new AppError("NOT_FOUND", "errors.badges.notFound");
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "errors.users.notFound");
}
