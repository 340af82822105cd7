import { handleClerkWebhook } from "@/server/auth/clerk/handle-clerk-webhook";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";

const MAX_BODY_BYTES = 256 * 1024;

export const POST = apiRoute(async (request) => {
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large.");
  const status = await handleClerkWebhook(body, request.headers);
  return Response.json({ status });
});
