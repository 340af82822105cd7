import "server-only";
import { getEnv } from "../env";
import { logError } from "../log";

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
  if (env.NODE_ENV !== "production") return;
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
