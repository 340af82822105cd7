import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { verifyPassword } from "../auth/password";
import { credentials } from "../db/schema";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { errorKey, fieldProblem, type ErrorKey } from "@/server/messages/error-text";
import type { UserRow } from "../users/user-dto";
import { eraseAccount } from "./erase-account";
import { requestAccountDeletion } from "./request-account-deletion";

export const deleteAccountInput = z
  .object({
    password: z
      .string()
      .min(1, errorKey("errors.validation.enterCurrentPassword"))
      .max(200)
      .optional(),
  })
  .strict();
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;

export type DeletionOutcome = { status: "deleted"; filesRemoved: number } | { status: "mailed" };

/**
 * The person asks to delete their account (docs/product.md §8). Local mode: the current
 * password confirms it and the account is erased at once; a wrong password writes nothing.
 * Clerk mode (the app holds no password): a single-use link is mailed to the account's
 * address and the deletion happens when it is followed (confirmAccountDeletion).
 */
export async function deleteOwnAccount(
  user: UserRow,
  input: DeleteAccountInput,
  /** The request's language, for the Clerk-mode mail of a person with none saved. */
  locale?: Locale,
): Promise<DeletionOutcome> {
  if (getEnv().AUTH_PROVIDER === "clerk") {
    await requestAccountDeletion(user, locale);
    return { status: "mailed" };
  }
  const password = input.password;
  if (!password) throw wrongPassword("errors.validation.enterCurrentPassword");
  const { filesRemoved } = await eraseAccount(user.id, async (tx) => {
    const [stored] = await tx
      .select({ hash: credentials.password_hash })
      .from(credentials)
      .where(eq(credentials.user_id, user.id));
    if (!stored || !(await verifyPassword(password, stored.hash)))
      throw wrongPassword("errors.privacy.wrongPassword");
  });
  return { status: "deleted", filesRemoved };
}

function wrongPassword(message: ErrorKey): AppError {
  return new AppError("VALIDATION_FAILED", message, {
    details: [fieldProblem("password", message)],
  });
}
