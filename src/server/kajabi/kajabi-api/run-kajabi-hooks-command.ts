import "server-only";
import { getEnv } from "../../env";
import { isLeapsHook } from "./is-leaps-hook";
import { KajabiApiError } from "./kajabi-api-error";
import type { KajabiHook } from "./kajabi-hook";
import { listKajabiHooks } from "./list-kajabi-hooks";
import { openKajabiApi } from "./open-kajabi-api";
import { registerKajabiHooks } from "./register-kajabi-hooks";
import { removeKajabiHooks } from "./remove-kajabi-hooks";

const USAGE = "usage: npm run kajabi:hooks -- list|register|remove";

/**
 * `npm run kajabi:hooks -- list|register|remove` (README, "Kajabi"): what the script does,
 * with its output lines handed to `out` / `err`. Answers the exit code: 0 done, 1 a
 * configuration or Kajabi API problem (explained), 64 a wrong command.
 */
export async function runKajabiHooksCommand(
  command: string | undefined,
  print: { out(line: string): void; err(line: string): void },
): Promise<number> {
  if (command !== "list" && command !== "register" && command !== "remove") {
    print.err(USAGE);
    return 64;
  }
  try {
    const env = getEnv();
    const missing = [
      !env.KAJABI_CLIENT_ID && "KAJABI_CLIENT_ID",
      !env.KAJABI_CLIENT_SECRET && "KAJABI_CLIENT_SECRET",
      command !== "list" && !env.APP_URL && "APP_URL",
      command === "register" && !env.KAJABI_WEBHOOK_TOKEN && "KAJABI_WEBHOOK_TOKEN",
    ].filter(Boolean);
    if (missing.length > 0) {
      print.err(`Set ${missing.join(", ")} first (README, "Kajabi: automatic Learn credit").`);
      return 1;
    }
    const session = await openKajabiApi({
      baseUrl: env.KAJABI_API_URL,
      clientId: env.KAJABI_CLIENT_ID!,
      clientSecret: env.KAJABI_CLIENT_SECRET!,
    });
    const describe = (hook: KajabiHook) =>
      `${hook.id}  ${hook.event.padEnd(17)} ${hidingToken(hook.targetUrl)}${
        env.APP_URL && isLeapsHook(hook, env.APP_URL) ? "  (this app)" : ""
      }`;
    if (command === "list") {
      const hooks = await listKajabiHooks(session);
      if (hooks.length === 0) print.out("No hooks on this Kajabi account.");
      for (const hook of hooks) print.out(describe(hook));
    } else if (command === "register") {
      const changes = await registerKajabiHooks(session, {
        appUrl: env.APP_URL!,
        token: env.KAJABI_WEBHOOK_TOKEN!,
        siteId: env.KAJABI_SITE_ID,
      });
      for (const { action, hook } of changes) print.out(`${action.padEnd(8)} ${describe(hook)}`);
    } else {
      const removed = await removeKajabiHooks(session, env.APP_URL!);
      if (removed.length === 0) print.out("No hooks of this app to remove.");
      for (const hook of removed) print.out(`removed  ${describe(hook)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof KajabiApiError) {
      print.err(error.message);
      return 1;
    }
    if (error instanceof Error && error.message.startsWith("Invalid environment")) {
      print.err(error.message);
      return 1;
    }
    throw error;
  }
}

/** Hook targets are printed without the webhook token, which is a secret. */
function hidingToken(url: string): string {
  return url.replace(/([?&]token=)[^&]*/g, "$1…");
}
