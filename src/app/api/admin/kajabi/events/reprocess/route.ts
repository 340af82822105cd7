import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { reprocessUnmatchedKajabiEvents } from "@/server/kajabi/reprocess-kajabi-events";

/** Reprocesses every unmatched event. */
export const POST = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  return Response.json({ outcomes: await reprocessUnmatchedKajabiEvents(actor) });
});
