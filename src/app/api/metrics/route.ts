import { apiRoute } from "@/server/http/api-route";
import { getCachedProgrammeMetrics } from "@/server/metrics/cached-programme-metrics";

export const GET = apiRoute(async () =>
  Response.json(await getCachedProgrammeMetrics(), {
    headers: { "Cache-Control": "public, max-age=15, stale-while-revalidate=60" },
  }),
);
