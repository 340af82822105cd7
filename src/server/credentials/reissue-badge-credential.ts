import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { privileged } from "../db/privileged";
import { badge_credentials } from "../db/schema";
import { AppError } from "../errors";
import type { UserRow } from "../users/user-dto";
import { issueBadgeCredential } from "./issue-badge-credential";

/**
 * An admin re-issues a credential on request (docs/product.md §15): the same id and status
 * position, signed again over the current name, evidence and key (after a name change or a
 * key rotation). Credentials are never re-signed otherwise. Revoked ones stay revoked.
 */
export async function reissueBadgeCredential(admin: UserRow, id: string): Promise<void> {
  await privileged({ userId: admin.id }, async (tx) => {
    const [row] = await tx
      .select()
      .from(badge_credentials)
      .where(eq(badge_credentials.id, id))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND", "errors.credentials.notFound");
    if (row.revoked_at || !row.earned_badge_id)
      throw new AppError("CONFLICT", "errors.credentials.revoked");
    await issueBadgeCredential(tx, row.earned_badge_id, { id, statusIndex: row.status_index });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "badge.credential_reissued",
      targetId: row.user_id,
      meta: { badge: row.badge_code, credential: id },
    });
  });
}
