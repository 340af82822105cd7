import "server-only";
import { z } from "zod";
import { callKajabiApi } from "./call-kajabi-api";
import { KajabiApiError } from "./kajabi-api-error";
import type { KajabiApiSession } from "./open-kajabi-api";

const sitesPage = z.object({
  data: z.array(
    z.object({
      id: z.union([z.string().min(1), z.number()]).transform(String),
      attributes: z.object({ title: z.string().nullish() }).loose().nullish(),
    }),
  ),
});

/**
 * The site new hooks belong to: KAJABI_SITE_ID when set, else the only site the API key
 * reaches (`GET /v1/sites`); several sites need KAJABI_SITE_ID to choose.
 */
export async function findKajabiSiteId(
  session: KajabiApiSession,
  configured: string | undefined,
): Promise<string> {
  if (configured) return configured;
  const { data } = sitesPage.parse(
    await callKajabiApi(session, { method: "GET", path: "/v1/sites?page%5Bsize%5D=100" }),
  );
  if (data.length === 1) return data[0]!.id;
  if (data.length === 0) throw new KajabiApiError("The Kajabi API key reaches no site.");
  const sites = data.map((site) => `${site.id} (${site.attributes?.title ?? "untitled"})`);
  throw new KajabiApiError(
    `The Kajabi API key reaches several sites: ${sites.join(", ")}. Set KAJABI_SITE_ID to one of them.`,
  );
}
