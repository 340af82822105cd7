import { randomBytes } from "node:crypto";
import { account_tokens } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { hashToken } from "./hash-token";

/** Unsubscribe links keep working this long: people unsubscribe from old mails too. */
const UNSUBSCRIBE_TOKEN_TTL_MS = 365 * 24 * 60 * 60_000;

/**
 * A fresh unsubscribe token for one notification (docs/decisions/019-mail-outbox.md): only
 * its SHA-256 is stored (account_tokens, purpose `unsubscribe`), bound to the person and
 * the address the mail went to. Returns the token for the link.
 */
export async function createUnsubscribeToken(tx: Tx, userId: string, email: string) {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(account_tokens).values({
    user_id: userId,
    purpose: "unsubscribe",
    token_hash: hashToken(token),
    email,
    expires_at: new Date(Date.now() + UNSUBSCRIBE_TOKEN_TTL_MS),
  });
  return token;
}
