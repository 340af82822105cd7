import { timingSafeEqual } from "node:crypto";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";
import { refreshLeaderboards } from "@/server/leaderboard/refresh-leaderboards";

/** For external schedulers: `Authorization: Bearer $CRON_SECRET`. */
export const POST = apiRoute(async (request) => {
  const secret = getEnv().CRON_SECRET;
  if (!secret)
    throw new AppError("SERVICE_UNAVAILABLE", "CRON_SECRET is not configured on this server.");
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError("UNAUTHENTICATED", "A valid Authorization: Bearer token is required.");
  }
  return Response.json(await refreshLeaderboards({ force: true }), {
    headers: { "Cache-Control": "no-store" },
  });
});
