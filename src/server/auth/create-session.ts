import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sessions } from "../db/schema";
import type { Tx } from "../db/types";
import { SESSION_TTL_SECONDS } from "./session-cookie";

/** Only the token's hash is stored, so a leaked sessions table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new session for the user; returns the token for the cookie. */
export async function createSession(
  tx: Tx,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000);
  await tx
    .insert(sessions)
    .values({ id: hashSessionToken(token), user_id: userId, expires_at: expiresAt });
  return { token, expiresAt };
}
