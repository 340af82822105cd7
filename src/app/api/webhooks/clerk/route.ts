import { handleClerkWebhook } from "@/server/auth/clerk/handle-clerk-webhook";
import { apiRoute } from "@/server/http/api-route";
import { readBodyText } from "@/server/http/read-body-text";

const MAX_BODY_BYTES = 256 * 1024;

export const POST = apiRoute(async (request) => {
  const body = await readBodyText(request, MAX_BODY_BYTES);
  const status = await handleClerkWebhook(body, request.headers);
  return Response.json({ status });
});
