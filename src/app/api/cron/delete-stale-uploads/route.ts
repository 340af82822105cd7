import { apiRoute } from "@/server/http/api-route";
import { requireCronSecret } from "@/server/jobs/require-cron-secret";
import { deleteStaleUploads } from "@/server/uploads/delete-stale-uploads";

/** The hourly upload cleanup, for deployments without background jobs (BACKGROUND_JOBS=false). */
export const GET = apiRoute(async (request) => {
  requireCronSecret(request);
  return Response.json(
    { deleted: await deleteStaleUploads() },
    { headers: { "Cache-Control": "no-store" } },
  );
});

export const POST = GET;
