import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { credentials, sessions, submissions, users } from "../db/schema";
import type { Tx } from "../db/types";
import { DELETED_EMAIL_DOMAIN } from "./is-anonymised";

/**
 * docs/product.md §2 `user.deleted`: the person disappears from every public surface while their
 * ledger and audit rows stay (append-only). Name, email, handle, avatar and school are
 * replaced, every submission becomes PRIVATE, sessions and password end. Staff roles
 * drop to PARTICIPANT, except a SUPERADMIN, whom the last-superadmin rule may protect:
 * another superadmin can demote them. Returns false when the user is unknown. `action` names
 * the audit row: `user.deleted` when the person deleted their own account.
 */
export async function anonymiseUser(
  tx: Tx,
  userId: string,
  actorId: string,
  action: "user.anonymised" | "user.deleted" = "user.anonymised",
): Promise<boolean> {
  const [before] = await tx.select().from(users).where(eq(users.id, userId));
  if (!before) return false;
  await tx
    .update(users)
    .set({
      name: "Deleted user",
      email: `${userId}@${DELETED_EMAIL_DOMAIN}`,
      handle: `deleted-${randomBytes(6).toString("hex")}`,
      avatar_url: null,
      school: null,
      kajabi_contact_id: null,
      ...(before.role === "SUPERADMIN" ? {} : { role: "PARTICIPANT" as const }),
    })
    .where(eq(users.id, userId));
  await writeAudit(tx, {
    actorId,
    action,
    targetId: userId,
    meta: { handle: before.handle },
  });
  await tx
    .update(submissions)
    .set({ visibility: "PRIVATE" })
    .where(and(eq(submissions.user_id, userId), ne(submissions.visibility, "PRIVATE")));
  await tx.delete(sessions).where(eq(sessions.user_id, userId));
  await tx.delete(credentials).where(eq(credentials.user_id, userId));
  return true;
}
