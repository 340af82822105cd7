import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";
import { privileged } from "../../db/privileged";
import { credentials, sign_in_attempts, users } from "../../db/schema";
import { AppError } from "../../errors";
import { toUserDto, type UserDto } from "../../users/user-dto";
import { emailField } from "../../users/user-fields";
import { createSession } from "../create-session";
import { decoyHash, hashPassword, needsRehash, verifyPassword } from "../password";
import { limitSignInAttempts } from "./limit-sign-in-attempts";

export const signInInput = z.object({
  email: emailField,
  password: z.string().min(1, errorKey("errors.validation.enterPassword")).max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

/**
 * Checks the password and opens a session. Unknown email and wrong password get the
 * same error after the same work (a decoy hash is verified), so the response tells an
 * attacker nothing about which accounts exist. The attempt is admitted and recorded as
 * a failure first, under a per-client lock (parallel guesses are counted one after
 * another and cannot slip past the limits together), and marked succeeded only once the
 * password matched; the slow hash runs outside any lock. A hash made before Argon2id
 * (or with older parameters) is replaced by a current one at that moment.
 */
export async function signInWithPassword(
  input: SignInInput,
  ip: string,
): Promise<{ user: UserDto; token: string; expiresAt: Date }> {
  const { attemptId, found } = await privileged({ system: "sign-in" }, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.sign-in:${ip}`}))`);
    await limitSignInAttempts(tx, input.email, ip);
    const [attempt] = await tx
      .insert(sign_in_attempts)
      .values({ email: input.email, ip, succeeded: false })
      .returning({ id: sign_in_attempts.id });
    const [account] = await tx
      .select({ user: users, hash: credentials.password_hash })
      .from(users)
      .innerJoin(credentials, eq(credentials.user_id, users.id))
      .where(eq(users.email, input.email));
    return { attemptId: attempt!.id, found: account };
  });
  const valid = await verifyPassword(input.password, found?.hash ?? (await decoyHash()));
  if (!found || !valid) throw new AppError("UNAUTHENTICATED", "errors.auth.invalidCredentials");
  const newHash = needsRehash(found.hash) ? await hashPassword(input.password) : null;
  return privileged({ system: "sign-in" }, async (tx) => {
    await tx
      .update(sign_in_attempts)
      .set({ succeeded: true })
      .where(eq(sign_in_attempts.id, attemptId));
    if (newHash) {
      await tx
        .update(credentials)
        .set({ password_hash: newHash, updated_at: new Date() })
        // Only the hash just checked: a password changed meanwhile stays changed.
        .where(
          and(eq(credentials.user_id, found.user.id), eq(credentials.password_hash, found.hash)),
        );
    }
    return { user: toUserDto(found.user), ...(await createSession(tx, found.user.id)) };
  });
}
