import { requireRole } from "@/server/auth/guards";
import { badgeRecipientInput } from "@/server/badges/badge-recipient-input";
import { awardBadge } from "@/server/badges/award-badge";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

type Context = { params: Promise<{ code: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  const { userId } = await readJson(request, badgeRecipientInput);
  return Response.json(await awardBadge(admin, (await params).code, userId));
});
