import { analyticsFilters } from "@/server/analytics/analytics-filters";
import { getAdminAnalytics } from "@/server/analytics/get-admin-analytics";
import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";

/** The admin overview's numbers (REVIEWER and above), the same the /admin page charts. */
export const GET = apiRoute(async (request) => {
  const viewer = await requireRole("REVIEWER", request);
  const filters = analyticsFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getAdminAnalytics(viewer, filters), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
