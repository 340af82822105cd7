import { apiRoute } from "@/server/http/api-route";
import { programmeMetrics } from "@/server/metrics/programme-metrics-cache";

export const GET = apiRoute(async () =>
  Response.json(await programmeMetrics.get(), {
    headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
  }),
);
