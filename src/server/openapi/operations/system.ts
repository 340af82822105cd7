import { healthProbeQuery } from "../../health/health-probe-query";
import type { ApiOperation } from "../api-operation";

/** The app itself: health, its API description, the scheduled jobs. */
export const SYSTEM_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    summary:
      "Health of the app and its database (503 + reason when unavailable). ?probe=live: 200 while the process runs. ?probe=ready: 503 while starting, migrating, shutting down or without a database",
    access: "public",
    query: healthProbeQuery,
    success: {
      status: 200,
      description: '{"status":"ok","database":"ok"} (with "probe" when one was asked for)',
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This OpenAPI document",
    access: "public",
    success: { status: 200, description: "The OpenAPI 3 document of the JSON API" },
  },
  {
    method: "get",
    path: "/api/cron/refresh-leaderboards",
    summary:
      "Refresh the leaderboards now (Authorization: Bearer $CRON_SECRET; GET as Vercel Cron sends it)",
    access: "signed webhook",
    success: { status: 200, description: '{"refreshed","durationMs","version"}' },
  },
  {
    method: "post",
    path: "/api/cron/refresh-leaderboards",
    summary: "Refresh the leaderboards now (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"refreshed","durationMs","version"}' },
  },
  {
    method: "get",
    path: "/api/cron/delete-stale-uploads",
    summary: "Delete uploads never attached within 24 h (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"deleted"}' },
  },
  {
    method: "post",
    path: "/api/cron/delete-stale-uploads",
    summary: "Delete uploads never attached within 24 h (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"deleted"}' },
  },
];
