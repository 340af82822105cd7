import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { privileged } from "../db/privileged";
import { account_tokens, users } from "../db/schema";
import { AppError } from "../errors";
import { hashToken } from "./hash-token";
import { setProgrammeEmails } from "./set-programme-emails";

export const unsubscribeToken = z
  .string({ error: "The unsubscribe link has no token." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This unsubscribe link is not valid.");

/**
 * One-click unsubscribe (RFC 8058; docs/product.md §13): a token from a notification's
 * List-Unsubscribe link turns that person's programme emails off, no sign-in needed. Only
 * the token's hash is stored; it must be an unexpired `unsubscribe` token still matching the
 * account's email. Using it again is harmless (the same answer), since mail clients retry.
 */
export async function unsubscribeWithToken(token: unknown): Promise<{ email: string }> {
  const parsed = unsubscribeToken.safeParse(token);
  if (!parsed.success) throw new AppError("NOT_FOUND", "errors.mail.unsubscribeInvalid");
  return privileged({ system: "unsubscribe" }, async (tx) => {
    const [row] = await tx
      .select({ id: account_tokens.id, userId: account_tokens.user_id, email: users.email })
      .from(account_tokens)
      .innerJoin(
        users,
        and(eq(users.id, account_tokens.user_id), eq(users.email, account_tokens.email)),
      )
      .where(
        and(
          eq(account_tokens.token_hash, hashToken(parsed.data)),
          eq(account_tokens.purpose, "unsubscribe"),
          gt(account_tokens.expires_at, sql`now()`),
        ),
      );
    if (!row) throw new AppError("NOT_FOUND", "errors.mail.unsubscribeExpired");
    await tx
      .update(account_tokens)
      .set({ used_at: sql`now()` })
      .where(and(eq(account_tokens.id, row.id), isNull(account_tokens.used_at)));
    await setProgrammeEmails(tx, row.userId, false, "unsubscribe link");
    return { email: row.email };
  });
}
