import { endSession } from "@/server/auth/end-session";
import {
  clearedSessionCookie,
  readCookie,
  serializeCookie,
  SESSION_COOKIE,
} from "@/server/auth/session-cookie";
import { apiRoute } from "@/server/http/api-route";

export const POST = apiRoute(async (request) => {
  const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (token) await endSession(token);
  return new Response(null, {
    status: 204,
    headers: { "Set-Cookie": serializeCookie(clearedSessionCookie()) },
  });
});
