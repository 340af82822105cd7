import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { verifyEmail, verifyEmailInput } from "@/server/auth/verification/verify-email";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const { token } = await readJson(request, verifyEmailInput);
  const user = await verifyEmail(token);
  return Response.json({ emailVerified: true, user }, { headers: { "Cache-Control": "no-store" } });
});
