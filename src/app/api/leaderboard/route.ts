import { apiRoute } from "@/server/http/api-route";
import { getLeaderboardPage } from "@/server/leaderboard/cached-leaderboard";
import { leaderboardQuery } from "@/server/leaderboard/list-leaderboard";

export const GET = apiRoute(async (request) => {
  const query = leaderboardQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getLeaderboardPage(query), {
    // Public data that lags by a refresh anyway: shared caches may keep it briefly.
    headers: { "Cache-Control": "public, max-age=15, stale-while-revalidate=60" },
  });
});
