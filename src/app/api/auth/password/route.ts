import { requireUser } from "@/server/auth/guards";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { changePassword, changePasswordInput } from "@/server/auth/password/change-password";
import { readCookie, SESSION_COOKIE } from "@/server/auth/session-cookie";
import { apiRoute } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const user = await requireUser(request);
  const input = await readJson(request, changePasswordInput);
  await changePassword(user, input, {
    ip: clientIp(request.headers),
    sessionToken: readCookie(request.headers.get("cookie"), SESSION_COOKIE),
  });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
