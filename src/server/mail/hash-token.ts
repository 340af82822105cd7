import { createHash } from "node:crypto";

/** What account_tokens stores of a mailed token: its SHA-256, never the token itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
