import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit";
import { account_settings, users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { creditWaitingKajabiEvents } from "../../kajabi/credit-waiting-kajabi-events";
import { isAdminEmail } from "../../users/is-admin-email";
import type { UserRow } from "../../users/user-dto";

/**
 * The person has proven their email (local: the mailed link; Clerk: Clerk's status), in
 * the caller's privileged transaction. What only a verified email may have happens here
 * (docs/product.md §2): an address in ADMIN_EMAILS becomes SUPERADMIN (audited), and the
 * Kajabi course completions waiting for this email are credited.
 */
export async function markEmailVerified(tx: Tx, user: UserRow): Promise<UserRow> {
  const now = new Date();
  await tx
    .insert(account_settings)
    .values({ user_id: user.id, email_verified_at: now })
    .onConflictDoUpdate({
      target: account_settings.user_id,
      set: { email_verified_at: now, updated_at: now },
    });
  await writeAudit(tx, {
    actorId: user.id,
    action: "user.email_verified",
    targetId: user.id,
    meta: { email: user.email },
  });
  let row = user;
  if (isAdminEmail(user.email) && user.role !== "SUPERADMIN") {
    const [elevated] = await tx
      .update(users)
      .set({ role: "SUPERADMIN" })
      .where(eq(users.id, user.id))
      .returning();
    if (elevated) row = elevated;
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.bootstrap_superadmin",
      targetId: user.id,
      meta: { reason: "ADMIN_EMAILS", email: user.email, verified: true, was: user.role },
    });
  }
  await creditWaitingKajabiEvents(tx, { email: user.email });
  return row;
}
