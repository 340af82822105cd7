import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "../../audit/write-audit";
import { privileged } from "../../db/privileged";
import { account_tokens, credentials, sessions } from "../../db/schema";
import { passwordField } from "../../users/user-fields";
import { hashPassword } from "../password";
import { useAccountToken } from "../tokens/use-account-token";
import { tokenField } from "../verification/verify-email";

export const passwordResetConfirmInput = z.object({ token: tokenField, password: passwordField });

/**
 * Sets a new password with a reset link (single use, 1 h) and ends every session of the
 * account (docs/product.md §2): whoever had the old password is out. The token is checked
 * and locked before the slow hash, so a wrong token costs no hashing; the link's other
 * unused reset links die with it. Audited.
 */
export async function confirmPasswordReset(token: string, password: string): Promise<void> {
  await privileged({ system: "password-reset" }, async (tx) => {
    const user = await useAccountToken(tx, token, "password-reset");
    const hash = await hashPassword(password);
    const now = new Date();
    await tx
      .insert(credentials)
      .values({ user_id: user.id, password_hash: hash })
      .onConflictDoUpdate({
        target: credentials.user_id,
        set: { password_hash: hash, updated_at: now },
      });
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.user_id, user.id))
      .returning({ id: sessions.id });
    await tx
      .update(account_tokens)
      .set({ used_at: now })
      .where(
        and(
          eq(account_tokens.user_id, user.id),
          eq(account_tokens.purpose, "password-reset"),
          isNull(account_tokens.used_at),
        ),
      );
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.password_reset",
      targetId: user.id,
      meta: { sessionsEnded: ended.length },
    });
  });
}
