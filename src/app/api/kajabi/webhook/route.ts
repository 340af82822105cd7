import { apiRoute } from "@/server/http/api-route";
import { readBodyText } from "@/server/http/read-body-text";
import { receiveKajabiEvent } from "@/server/kajabi/receive-kajabi-event";

const MAX_BODY_BYTES = 64 * 1024;

export const POST = apiRoute(async (request) => {
  const body = await readBodyText(request, MAX_BODY_BYTES);
  const status = await receiveKajabiEvent(body, request.headers.get("x-kajabi-signature"));
  return Response.json({ status }, { headers: { "Cache-Control": "no-store" } });
});
