import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { errorKey } from "@/server/messages/error-text";
import { account_tokens, users } from "../db/schema";
import { AppError } from "../errors";
import { eraseAccount } from "./erase-account";
import { hashAccountToken } from "./request-account-deletion";
import { privileged } from "../db/privileged";

export const confirmDeletionInput = z
  .object({ token: z.string().min(20, errorKey("errors.validation.linkInvalid")).max(200) })
  .strict();

/**
 * Following the mailed link erases the account: the token must be unused, unexpired and
 * sent to the account's current email. The token row goes with the account (eraseAccount
 * removes the person's tokens), so the link cannot be used twice.
 */
export async function confirmAccountDeletion(token: string): Promise<{ filesRemoved: number }> {
  const hash = hashAccountToken(token);
  const [found] = await privileged({ system: "account-deletion" }, (tx) =>
    tx
      .select({ userId: account_tokens.user_id })
      .from(account_tokens)
      .innerJoin(users, eq(users.id, account_tokens.user_id))
      .where(
        and(
          eq(account_tokens.token_hash, hash),
          eq(account_tokens.purpose, "delete-account"),
          isNull(account_tokens.used_at),
          gt(account_tokens.expires_at, sql`now()`),
          eq(account_tokens.email, users.email),
        ),
      ),
  );
  if (!found) throw invalidLink();
  return eraseAccount(found.userId, async (tx) => {
    // Claimed in the erasing transaction: of two clicks at once, one deletes, one fails.
    const claimed = await tx
      .update(account_tokens)
      .set({ used_at: sql`now()` })
      .where(and(eq(account_tokens.token_hash, hash), isNull(account_tokens.used_at)))
      .returning({ id: account_tokens.id });
    if (claimed.length === 0) throw invalidLink();
  });
}

function invalidLink(): AppError {
  return new AppError("NOT_FOUND", "errors.privacy.deletionLinkInvalid");
}
