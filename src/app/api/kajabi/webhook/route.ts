import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";
import { receiveKajabiEvent } from "@/server/kajabi/receive-kajabi-event";

const MAX_BODY_BYTES = 64 * 1024;

export const POST = apiRoute(async (request) => {
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large.");
  const status = await receiveKajabiEvent(body, request.headers.get("x-kajabi-signature"));
  return Response.json({ status }, { headers: { "Cache-Control": "no-store" } });
});
