import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { listKajabiEvents, listKajabiEventsInput } from "@/server/kajabi/list-kajabi-events";

export const GET = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  const query = listKajabiEventsInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listKajabiEvents(actor, query), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
