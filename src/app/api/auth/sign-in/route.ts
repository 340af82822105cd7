import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { signInInput, signInWithPassword } from "@/server/auth/local/sign-in-with-password";
import { serializeCookie, sessionCookie } from "@/server/auth/session-cookie";
import { apiRoute } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const input = await readJson(request, signInInput);
  const { user, token } = await signInWithPassword(input, clientIp(request.headers));
  return Response.json(
    { user },
    {
      headers: {
        "Set-Cookie": serializeCookie(sessionCookie(token)),
        "Cache-Control": "no-store",
      },
    },
  );
});
