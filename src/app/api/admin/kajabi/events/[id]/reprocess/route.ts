import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { reprocessKajabiEvent } from "@/server/kajabi/reprocess-kajabi-events";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireRole("ADMIN", request);
  const { id } = await params;
  return Response.json({ id, status: await reprocessKajabiEvent(actor, id) });
});
