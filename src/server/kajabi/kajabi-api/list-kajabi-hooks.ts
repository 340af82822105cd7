import "server-only";
import { z } from "zod";
import { callKajabiApi } from "./call-kajabi-api";
import { kajabiHookResource, type KajabiHook } from "./kajabi-hook";
import type { KajabiApiSession } from "./open-kajabi-api";

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

const hooksPage = z.object({
  data: z.array(kajabiHookResource),
  meta: z.object({ total_pages: z.number().int().nonnegative() }).loose().nullish(),
});

/** Every hook of the account (`GET /v1/hooks`), page by page. */
export async function listKajabiHooks(session: KajabiApiSession): Promise<KajabiHook[]> {
  const hooks: KajabiHook[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await callKajabiApi(session, {
      method: "GET",
      path: `/v1/hooks?page%5Bnumber%5D=${page}&page%5Bsize%5D=${PAGE_SIZE}`,
    });
    const { data, meta } = hooksPage.parse(body);
    hooks.push(...data);
    if (data.length === 0 || (meta ? page >= meta.total_pages : data.length < PAGE_SIZE)) break;
  }
  return hooks;
}
