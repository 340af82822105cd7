import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Locale } from "@/i18n/locales";
import { accountMailRecipient } from "../auth/tokens/account-mail-recipient";
import { writeAudit } from "../audit/write-audit";
import { account_tokens } from "../db/schema";
import { privileged } from "../db/privileged";
import { enqueueMail } from "../mail/enqueue-mail";
import { deleteAccountMail } from "../mail/templates/delete-account";
import type { UserRow } from "../users/user-dto";

/** How long a mailed deletion link works. */
export const DELETE_LINK_TTL_MS = 60 * 60 * 1000;

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Clerk mode's confirmation (docs/product.md §8): a random single-use token, of which only
 * the SHA-256 is stored, mailed to the account's address in the person's saved language
 * (else `locale`, the request's). A new request replaces any earlier unused link.
 */
export async function requestAccountDeletion(user: UserRow, locale?: Locale): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await privileged({ userId: user.id }, async (tx) => {
    await tx
      .delete(account_tokens)
      .where(
        and(
          eq(account_tokens.user_id, user.id),
          eq(account_tokens.purpose, "delete-account"),
          isNull(account_tokens.used_at),
        ),
      );
    await tx.insert(account_tokens).values({
      user_id: user.id,
      purpose: "delete-account",
      token_hash: hashAccountToken(token),
      email: user.email,
      expires_at: new Date(Date.now() + DELETE_LINK_TTL_MS),
    });
    await enqueueMail(
      tx,
      deleteAccountMail,
      { name: user.name, token },
      await accountMailRecipient(tx, user, locale),
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "account.deletion_requested",
      targetId: user.id,
    });
  });
}
