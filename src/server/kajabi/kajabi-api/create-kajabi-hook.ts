import "server-only";
import { z } from "zod";
import { callKajabiApi } from "./call-kajabi-api";
import { kajabiHookResource, type KajabiHook } from "./kajabi-hook";
import type { KajabiApiSession } from "./open-kajabi-api";

/** Subscribes a target URL to one event of every contact and tag of the site (`POST /v1/hooks`). */
export async function createKajabiHook(
  session: KajabiApiSession,
  hook: { event: string; targetUrl: string; siteId: string },
): Promise<KajabiHook> {
  const body = await callKajabiApi(session, {
    method: "POST",
    path: "/v1/hooks",
    body: {
      data: {
        type: "hooks",
        attributes: { event: hook.event, target_url: hook.targetUrl },
        relationships: { site: { data: { id: hook.siteId, type: "sites" } } },
      },
    },
  });
  return z.object({ data: kajabiHookResource }).parse(body).data;
}
