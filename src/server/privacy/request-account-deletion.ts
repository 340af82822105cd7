import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit";
import { account_settings, account_tokens } from "../db/schema";
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
 * the SHA-256 is stored, mailed to the account's address in the person's language. A new
 * request replaces any earlier unused link.
 */
export async function requestAccountDeletion(user: UserRow): Promise<void> {
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
    const [settings] = await tx
      .select({ locale: account_settings.locale })
      .from(account_settings)
      .where(eq(account_settings.user_id, user.id));
    const locale = settings?.locale === "id" ? "id" : "en";
    await enqueueMail(
      tx,
      deleteAccountMail,
      { name: user.name, token },
      { userId: user.id, to: user.email, locale },
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "account.deletion_requested",
      targetId: user.id,
    });
  });
}
