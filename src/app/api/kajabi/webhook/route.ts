import { apiRoute } from "@/server/http/api-route";
import { readBodyText } from "@/server/http/read-body-text";
import { receiveKajabiEvent } from "@/server/kajabi/receive-kajabi-event";

const MAX_BODY_BYTES = 64 * 1024;

export const POST = apiRoute(async (request) => {
  const rawBody = await readBodyText(request, MAX_BODY_BYTES);
  const status = await receiveKajabiEvent({
    rawBody,
    signature: request.headers.get("x-kajabi-signature"),
    token: new URL(request.url).searchParams.get("token"),
  });
  return Response.json({ status }, { headers: { "Cache-Control": "no-store" } });
});
