import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { privileged } from "../../db/privileged";
import { credentials, sign_in_attempts, users } from "../../db/schema";
import { AppError } from "../../errors";
import { toUserDto, type UserDto } from "../../users/user-dto";
import { emailField } from "../../users/user-fields";
import { createSession } from "../create-session";
import { decoyHash, verifyPassword } from "../password";
import { limitSignInAttempts } from "./limit-sign-in-attempts";

export const signInInput = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInInput>;

const INVALID = "Email or password is incorrect.";

/**
 * Checks the password and opens a session. Unknown email and wrong password get the
 * same error after the same work (a decoy hash is verified), so the response tells an
 * attacker nothing about which accounts exist. Everything happens in one transaction
 * under a per-email lock, so parallel guesses are counted one after another and cannot
 * slip past the limit together; the attempt is committed even when sign-in fails.
 */
export async function signInWithPassword(
  input: SignInInput,
  ip: string,
): Promise<{ user: UserDto; token: string; expiresAt: Date }> {
  const result = await privileged({ system: "sign-in" }, async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.sign-in:${input.email}`}))`,
    );
    await limitSignInAttempts(tx, input.email, ip);
    const [found] = await tx
      .select({ user: users, hash: credentials.password_hash })
      .from(users)
      .innerJoin(credentials, eq(credentials.user_id, users.id))
      .where(eq(users.email, input.email));
    const valid = await verifyPassword(input.password, found?.hash ?? (await decoyHash()));
    await tx
      .insert(sign_in_attempts)
      .values({ email: input.email, ip, succeeded: Boolean(found) && valid });
    if (!found || !valid) return null;
    return { user: toUserDto(found.user), ...(await createSession(tx, found.user.id)) };
  });
  if (!result) throw new AppError("UNAUTHENTICATED", INVALID);
  return result;
}
