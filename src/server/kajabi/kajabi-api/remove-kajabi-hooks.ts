import "server-only";
import { deleteKajabiHook } from "./delete-kajabi-hook";
import { isLeapsHook } from "./is-leaps-hook";
import type { KajabiHook } from "./kajabi-hook";
import { listKajabiHooks } from "./list-kajabi-hooks";
import type { KajabiApiSession } from "./open-kajabi-api";

/** Deletes every hook that calls this app's webhook; other hooks of the account stay. */
export async function removeKajabiHooks(
  session: KajabiApiSession,
  appUrl: string,
): Promise<KajabiHook[]> {
  const ours = (await listKajabiHooks(session)).filter((hook) => isLeapsHook(hook, appUrl));
  for (const hook of ours) await deleteKajabiHook(session, hook.id);
  return ours;
}
