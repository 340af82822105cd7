import type { ApiOperation } from "../api-operation";

/** The app itself: health, its API description, the scheduled refresh. */
export const SYSTEM_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Health of the app and its database",
    access: "public",
    success: { status: 200, description: '{"status":"ok","database":"ok"}' },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This OpenAPI document",
    access: "public",
    success: { status: 200, description: "The OpenAPI 3 document of the JSON API" },
  },
  {
    method: "post",
    path: "/api/cron/refresh-leaderboards",
    summary: "Refresh the leaderboards now (Authorization: Bearer $CRON_SECRET)",
    access: "signed webhook",
    success: { status: 200, description: '{"refreshed","durationMs","version"}' },
  },
];
