import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { account_tokens, uploads, users } from "../db/schema";
import type { Tx } from "../db/types";
import { AppError } from "../errors";
import { logError } from "../log";
import { getStorage } from "../storage/get-storage";
import { anonymiseUser } from "../users/anonymise-user";

/**
 * A person's own account deletion (docs/product.md §8), after the caller has confirmed it is
 * them (password or mailed link), inside `check` on the same transaction. The existing
 * `user.deleted` anonymisation (§2) replaces name, email, handle and avatar, makes every
 * submission PRIVATE and ends every session; ledger and audit rows stay. A SUPERADMIN also
 * loses the role, unless they are the last one, who is refused with a clear message.
 * Upload rows go with the account and their files are removed once the transaction has
 * committed (storage is not transactional: a rollback must not lose files).
 */
export async function eraseAccount(
  userId: string,
  check: (tx: Tx) => Promise<void> = async () => {},
): Promise<{ filesRemoved: number }> {
  const keys = await privileged({ userId }, async (tx) => {
    await check(tx);
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new AppError("NOT_FOUND", "errors.users.ownAccountGone");
    if (user.role === "SUPERADMIN") await refuseLastSuperadmin(tx, userId);
    await anonymiseUser(tx, userId, userId, "user.deleted");
    if (user.role === "SUPERADMIN")
      await tx.update(users).set({ role: "PARTICIPANT" }).where(eq(users.id, userId));
    await tx.delete(account_tokens).where(eq(account_tokens.user_id, userId));
    const removed = await tx
      .delete(uploads)
      .where(eq(uploads.user_id, userId))
      .returning({ key: uploads.key });
    return removed.map((row) => row.key);
  });
  const storage = getStorage();
  let filesRemoved = 0;
  for (const key of keys) {
    try {
      await storage.delete(key);
      filesRemoved += 1;
    } catch (error) {
      logError("account.delete-file", error);
    }
  }
  return { filesRemoved };
}

/** The same lock the last-superadmin trigger takes, so two deletions cannot both pass. */
async function refuseLastSuperadmin(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('leaps.users.superadmin'))`);
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "SUPERADMIN"), ne(users.id, userId)))
    .limit(1);
  if (!other) throw new AppError("CONFLICT", "errors.privacy.lastSuperadmin");
}
