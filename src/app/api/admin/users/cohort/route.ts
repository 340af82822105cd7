import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { assignCohort, assignCohortInput } from "@/server/users/assign-cohort";

export const POST = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  const result = await assignCohort(actor, await readJson(request, assignCohortInput));
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
