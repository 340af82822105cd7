import "server-only";
import { createKajabiHook } from "./create-kajabi-hook";
import { deleteKajabiHook } from "./delete-kajabi-hook";
import { findKajabiSiteId } from "./find-kajabi-site-id";
import { isLeapsHook } from "./is-leaps-hook";
import { LEAPS_HOOK_EVENTS, type KajabiHook } from "./kajabi-hook";
import { leapsHookTarget } from "./leaps-hook-target";
import { listKajabiHooks } from "./list-kajabi-hooks";
import type { KajabiApiSession } from "./open-kajabi-api";

export interface HookChange {
  action: "kept" | "created" | "removed";
  hook: KajabiHook;
}

/**
 * Makes the account hold exactly one `tag_added` and one `tag_removed` hook calling this
 * app with the current token: an existing one is kept, a missing one created, and our
 * others (an old token or address path, a duplicate) removed. Running it again changes
 * nothing.
 */
export async function registerKajabiHooks(
  session: KajabiApiSession,
  options: { appUrl: string; token: string; siteId?: string },
): Promise<HookChange[]> {
  const target = leapsHookTarget(options.appUrl, options.token);
  const hooks = await listKajabiHooks(session);
  const changes: HookChange[] = [];
  let siteId: string | undefined;
  for (const event of LEAPS_HOOK_EVENTS) {
    const ours = hooks.filter((hook) => hook.event === event && isLeapsHook(hook, options.appUrl));
    const current = ours.find((hook) => hook.targetUrl === target);
    if (current) {
      changes.push({ action: "kept", hook: current });
    } else {
      siteId ??= await findKajabiSiteId(session, options.siteId);
      const hook = await createKajabiHook(session, { event, targetUrl: target, siteId });
      changes.push({ action: "created", hook });
    }
    for (const stale of ours.filter((hook) => hook !== current)) {
      await deleteKajabiHook(session, stale.id);
      changes.push({ action: "removed", hook: stale });
    }
  }
  return changes;
}
