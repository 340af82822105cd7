import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { isUniqueViolation } from "../../db/database-error";
import { privileged } from "../../db/privileged";
import { credentials } from "../../db/schema";
import { AppError } from "../../errors";
import { toUserDto, type UserDto } from "../../users/user-dto";
import { emailField, nameField, passwordField } from "../../users/user-fields";
import { createAccount } from "../create-account";
import { createSession } from "../create-session";
import { hashPassword } from "../password";
import { limitSignUps } from "./limit-sign-ups";

export const signUpInput = z.object({
  email: emailField,
  password: passwordField,
  name: nameField,
});
export type SignUpInput = z.infer<typeof signUpInput>;

/**
 * Creates a local account and its first session (AUTH_PROVIDER=local). Each client may
 * try a limited number of sign-ups an hour (counted before anything else and kept even
 * when the sign-up fails), which also bounds how many emails it can probe through the
 * "already exists" answer the sign-up form needs. The verification mail is queued in the
 * account's transaction (createAccount), in the visitor's language (`locale`, when they
 * named one), which the account keeps as its saved language.
 */
export async function signUpWithPassword(
  input: SignUpInput,
  ip: string,
  locale: Locale | undefined,
): Promise<{ user: UserDto; token: string; expiresAt: Date }> {
  await privileged({ system: "sign-up" }, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`leaps.sign-up:${ip}`}))`);
    await limitSignUps(tx, ip);
  });
  const passwordHash = await hashPassword(input.password);
  try {
    return await privileged({ system: "sign-up" }, async (tx) => {
      const user = await createAccount(
        tx,
        { email: input.email, name: input.name },
        { emailVerified: false, mailVerification: true, locale },
      );
      await tx.insert(credentials).values({ user_id: user.id, password_hash: passwordHash });
      const session = await createSession(tx, user.id);
      return { user: toUserDto(user), ...session };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("CONFLICT", "errors.auth.emailTaken");
    }
    throw error;
  }
}
