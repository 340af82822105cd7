import "server-only";
import { logError } from "../log";
import { loadSigningKey } from "./signing-key";

/**
 * Start-up check (src/instrumentation.ts): badges are signed when they are earned, so a
 * server that cannot sign must not start. With DATABASE_URL a missing or malformed
 * BADGE_SIGNING_KEY is logged and the caller exits; the embedded mode creates a key.
 */
export async function requireSigningKey(): Promise<boolean> {
  try {
    await loadSigningKey();
    return true;
  } catch (error) {
    logError("config.badge-signing-key", error);
    return false;
  }
}
