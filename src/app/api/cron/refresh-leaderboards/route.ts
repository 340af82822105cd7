import { apiRoute } from "@/server/http/api-route";
import { requireCronSecret } from "@/server/jobs/require-cron-secret";
import { refreshLeaderboards } from "@/server/leaderboard/refresh-leaderboards";

/** For external schedulers; GET is what Vercel Cron sends, POST what most others do. */
export const GET = apiRoute(async (request) => {
  requireCronSecret(request);
  return Response.json(await refreshLeaderboards({ force: true }), {
    headers: { "Cache-Control": "no-store" },
  });
});

export const POST = GET;
