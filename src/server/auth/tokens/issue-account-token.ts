import "server-only";
import { randomBytes } from "node:crypto";
import { account_tokens } from "../../db/schema";
import type { Tx } from "../../db/types";
import { hashSessionToken } from "../create-session";

export type AccountTokenPurpose = "verify-email" | "password-reset";

/**
 * A new single-use token for a mailed link (docs/product.md §2): 32 random bytes, of
 * which only the SHA-256 is stored, bound to the address it is mailed to, so it stops
 * working if the account's email changes. Returns the token for the link.
 */
export async function issueAccountToken(
  tx: Tx,
  input: { userId: string; email: string; purpose: AccountTokenPurpose; ttlSeconds: number },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(account_tokens).values({
    user_id: input.userId,
    purpose: input.purpose,
    token_hash: hashSessionToken(token),
    email: input.email,
    expires_at: new Date(Date.now() + input.ttlSeconds * 1000),
  });
  return token;
}
