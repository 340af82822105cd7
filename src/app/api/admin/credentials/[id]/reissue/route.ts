import { requireRole } from "@/server/auth/guards";
import { reissueBadgeCredential } from "@/server/credentials/reissue-badge-credential";
import { apiRoute } from "@/server/http/api-route";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  await reissueBadgeCredential(admin, (await params).id);
  return new Response(null, { status: 204 });
});
