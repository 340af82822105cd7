import { requireRole } from "@/server/auth/guards";
import { badgeRecipientInput } from "@/server/badges/badge-recipient-input";
import { revokeBadge } from "@/server/badges/revoke-badge";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

type Context = { params: Promise<{ code: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  const { userId } = await readJson(request, badgeRecipientInput);
  await revokeBadge(admin, (await params).code, userId);
  return new Response(null, { status: 204 });
});
