import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { listUsers, listUsersInput } from "@/server/users/list-users";

export const GET = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const page = await listUsers(actor, listUsersInput.parse(query));
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
