import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { account_tokens, users } from "../../db/schema";
import type { Tx } from "../../db/types";
import { AppError } from "../../errors";
import type { UserRow } from "../../users/user-dto";
import { hashSessionToken } from "../create-session";
import type { AccountTokenPurpose } from "./issue-account-token";

export type AccountTokenProblem = "invalid" | "used" | "expired";

/**
 * Spends a mailed token in the caller's transaction and returns its user. The row is
 * locked, so two simultaneous uses of one token cannot both succeed. Refused (422 with
 * `details.reason` invalid | used | expired, nothing written): an unknown token, one of
 * another purpose, one already used or expired, or one mailed to an address the account
 * no longer has.
 */
export async function useAccountToken(
  tx: Tx,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<UserRow> {
  const [found] = await tx
    .select({ token: account_tokens, user: users })
    .from(account_tokens)
    .innerJoin(users, eq(users.id, account_tokens.user_id))
    .where(
      and(
        eq(account_tokens.token_hash, hashSessionToken(token)),
        eq(account_tokens.purpose, purpose),
      ),
    )
    .for("update", { of: account_tokens });
  if (!found || found.token.email !== found.user.email) throw refused("invalid");
  if (found.token.used_at) throw refused("used");
  if (found.token.expires_at.getTime() <= Date.now()) throw refused("expired");
  await tx
    .update(account_tokens)
    .set({ used_at: new Date() })
    .where(and(eq(account_tokens.id, found.token.id), isNull(account_tokens.used_at)));
  return found.user;
}

function refused(reason: AccountTokenProblem): AppError {
  return new AppError("UNPROCESSABLE", `errors.auth.token.${reason}`, { details: { reason } });
}
