import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { changeRoles } from "@/server/users/change-roles";
import { changeRolesInput } from "@/server/users/preview-role-changes";

/** One role for many users, all or nothing, by the single change's rules (admins). */
export const POST = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  const result = await changeRoles(actor, await readJson(request, changeRolesInput));
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
