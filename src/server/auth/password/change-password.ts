import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "../../audit/write-audit";
import { privileged } from "../../db/privileged";
import { credentials, sessions, sign_in_attempts } from "../../db/schema";
import { AppError } from "../../errors";
import { errorKey, fieldProblem } from "@/server/messages/error-text";
import type { UserRow } from "../../users/user-dto";
import { passwordField } from "../../users/user-fields";
import { hashSessionToken } from "../create-session";
import { limitSignInAttempts } from "../local/limit-sign-in-attempts";
import { decoyHash, hashPassword, verifyPassword } from "../password";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, errorKey("errors.validation.enterCurrentPassword")).max(200),
  password: passwordField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/**
 * A signed-in person sets a new password, proving the current one (docs/product.md §2).
 * A wrong current password is a failed sign-in of (email, client), under the same limits
 * and lock as the sign-in form, so a stolen session cannot guess it faster. Every other
 * session of the account ends; the one making the change stays. Audited.
 */
export async function changePassword(
  user: UserRow,
  input: ChangePasswordInput,
  request: { ip: string; sessionToken: string | undefined },
): Promise<void> {
  const { attemptId, hash } = await privileged({ system: "change-password" }, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.sign-in:${request.ip}`}))`);
    await limitSignInAttempts(tx, user.email, request.ip);
    const [attempt] = await tx
      .insert(sign_in_attempts)
      .values({ email: user.email, ip: request.ip, succeeded: false })
      .returning({ id: sign_in_attempts.id });
    const [row] = await tx
      .select({ hash: credentials.password_hash })
      .from(credentials)
      .where(eq(credentials.user_id, user.id));
    return { attemptId: attempt!.id, hash: row?.hash };
  });
  const valid = await verifyPassword(input.currentPassword, hash ?? (await decoyHash()));
  if (!hash || !valid) {
    throw new AppError("VALIDATION_FAILED", "errors.auth.wrongCurrentPassword", {
      details: [fieldProblem("currentPassword", "errors.auth.wrongCurrentPassword")],
    });
  }
  const newHash = await hashPassword(input.password);
  await privileged({ system: "change-password" }, async (tx) => {
    await tx
      .update(sign_in_attempts)
      .set({ succeeded: true })
      .where(eq(sign_in_attempts.id, attemptId));
    const changed = await tx
      .update(credentials)
      .set({ password_hash: newHash, updated_at: new Date() })
      // Only the hash just checked: a reset meanwhile wins.
      .where(and(eq(credentials.user_id, user.id), eq(credentials.password_hash, hash)))
      .returning({ id: credentials.user_id });
    if (changed.length === 0) {
      throw new AppError("CONFLICT", "errors.auth.passwordChangedMeanwhile");
    }
    const keep = request.sessionToken ? hashSessionToken(request.sessionToken) : "";
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.user_id, user.id), ne(sessions.id, keep)))
      .returning({ id: sessions.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.password_changed",
      targetId: user.id,
      meta: { otherSessionsEnded: ended.length },
    });
  });
}
