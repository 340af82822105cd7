import "server-only";
import type { Locale } from "@/i18n/locales";
import { writeLocale } from "../accounts/save-locale";
import type { Tx } from "../db/types";
import { createUser, type NewUser } from "../users/create-user";
import type { UserRow } from "../users/user-dto";
import { markEmailVerified } from "./verification/mark-email-verified";
import { queueVerificationMail } from "./verification/queue-verification-mail";

/**
 * A new account, by local sign-up or from Clerk (docs/product.md §2). An email already
 * verified (Clerk says so) gets what verification brings at once: ADMIN_EMAILS elevation
 * and the Kajabi course completions waiting for it (docs/product.md §6). A local account
 * gets a verification mail, queued in the same transaction; those wait for its link.
 * (Clerk verifies its own users' emails: it never gets ours.) A `locale` (the visitor's
 * language at sign-up) is saved first, so that mail and every later one speak it.
 */
export async function createAccount(
  tx: Tx,
  input: NewUser,
  options: { emailVerified: boolean; mailVerification: boolean; locale?: Locale },
): Promise<UserRow> {
  const user = await createUser(tx, input);
  if (options.locale) await writeLocale(tx, user.id, options.locale);
  if (options.emailVerified) return markEmailVerified(tx, user);
  if (options.mailVerification) await queueVerificationMail(tx, user);
  return user;
}
