import "server-only";
import { eq, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { account_settings } from "../db/schema";
import { privileged } from "../db/privileged";
import type { UserRow } from "../users/user-dto";

/**
 * The "show me on public pages" switch (docs/product.md §8). Settings rows are written only
 * by the privileged path (migration 0017), as an upsert: a missing row means "public".
 * A change fires the database trigger that marks public data stale, so the public caches
 * miss at once and the leaderboards are refreshed within the debounce (migration 0018).
 * Audited only when the value actually changes.
 */
export async function setPublicProfile(user: UserRow, publicProfile: boolean): Promise<boolean> {
  return privileged({ userId: user.id }, async (tx) => {
    const [before] = await tx
      .select({ publicProfile: account_settings.public_profile })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id))
      .for("update");
    if ((before?.publicProfile ?? true) === publicProfile) return publicProfile;
    await tx
      .insert(account_settings)
      .values({ user_id: user.id, public_profile: publicProfile })
      .onConflictDoUpdate({
        target: account_settings.user_id,
        set: { public_profile: publicProfile, updated_at: sql`now()` },
      });
    await writeAudit(tx, {
      actorId: user.id,
      action: "account.public_profile_changed",
      targetId: user.id,
      meta: { publicProfile },
    });
    return publicProfile;
  });
}
