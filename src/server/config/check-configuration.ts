import "server-only";
import { getEnv } from "../env";
import { logError, logWarn } from "../log";

/**
 * Start-up check: an invalid environment stops nothing but is reported at once, and a
 * production server says plainly which integrations will refuse to run (their
 * endpoints answer 503 rather than accept unauthenticated input).
 */
export function checkConfiguration(): void {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    logError("config.invalid", error);
    return;
  }
  const actionsKey = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (actionsKey && !isAesKey(actionsKey)) {
    logError(
      "config.server-actions-key",
      new Error(
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes (openssl rand -base64 32)",
      ),
    );
  }
  if (env.NODE_ENV !== "production") return;
  // A warning, not an error: workers of one build (npm start) share the build's own key;
  // only instances of separately made builds, or a rolling deploy, need this one.
  if (!actionsKey) {
    logWarn("config.server-actions-key", {
      message:
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: instances running separately made builds (several machines, rolling deploys) cannot read each other's server-action forms",
    });
  }
  if (!env.KAJABI_WEBHOOK_SECRET && !env.KAJABI_WEBHOOK_TOKEN) {
    logError(
      "config.kajabi",
      new Error(
        "Neither KAJABI_WEBHOOK_TOKEN nor KAJABI_WEBHOOK_SECRET is set: POST /api/kajabi/webhook answers 503",
      ),
    );
  }
  if (env.AUTH_PROVIDER === "clerk" && !env.CLERK_WEBHOOK_SECRET) {
    logError(
      "config.clerk",
      new Error("CLERK_WEBHOOK_SECRET is not set: POST /api/webhooks/clerk answers 503"),
    );
  }
}

/** Next.js imports the key as a raw AES-GCM key (crypto.subtle.importKey after atob):
 * 128, 192 or 256 bits. It generates 256-bit keys itself. */
function isAesKey(key: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key) || key.length % 4 !== 0) return false;
  return [16, 24, 32].includes(Buffer.from(key, "base64").length);
}
