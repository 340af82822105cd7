import { apiRoute } from "@/server/http/api-route";
import { getCachedPublicProfile } from "@/server/profiles/cached-public-profile";

type Context = { params: Promise<{ handle: string }> };

export const GET = apiRoute<Context>(async (_request, { params }) =>
  Response.json(await getCachedPublicProfile((await params).handle), {
    headers: { "Cache-Control": "public, max-age=30, stale-while-revalidate=120" },
  }),
);
