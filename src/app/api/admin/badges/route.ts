import { requireRole } from "@/server/auth/guards";
import { createBadge, createBadgeInput, listBadges } from "@/server/badges/manage-badges";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const GET = apiRoute(async (request) => {
  await requireRole("ADMIN", request);
  return Response.json({ items: await listBadges() });
});

export const POST = apiRoute(async (request) => {
  const admin = await requireRole("ADMIN", request);
  return Response.json(await createBadge(admin, await readJson(request, createBadgeInput)), {
    status: 201,
  });
});
