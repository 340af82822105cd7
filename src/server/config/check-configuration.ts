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
  if (actionsKey && !isBase64Of32Bytes(actionsKey)) {
    logError(
      "config.server-actions-key",
      new Error(
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 32 bytes (openssl rand -base64 32)",
      ),
    );
  }
  if (env.NODE_ENV !== "production") return;
  if (!actionsKey) {
    logWarn("config.server-actions-key", {
      message:
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: with several instances or builds, forms posted to another build fail",
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

/** Next.js imports the key as a raw AES-256-GCM key (it generates 256-bit ones itself). */
function isBase64Of32Bytes(key: string): boolean {
  return /^[A-Za-z0-9+/]{43}=$/.test(key) && Buffer.from(key, "base64").length === 32;
}
