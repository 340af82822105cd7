import { requireRole } from "@/server/auth/guards";
import { updateBadgeInput } from "@/server/badges/badge-inputs";
import { updateBadge } from "@/server/badges/update-badge";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

type Context = { params: Promise<{ code: string }> };

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  return Response.json(
    await updateBadge(admin, (await params).code, await readJson(request, updateBadgeInput)),
  );
});
