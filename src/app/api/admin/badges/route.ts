import { requireRole } from "@/server/auth/guards";
import { createBadgeInput } from "@/server/badges/badge-inputs";
import { createBadge } from "@/server/badges/create-badge";
import { listBadges } from "@/server/badges/list-badges";
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
