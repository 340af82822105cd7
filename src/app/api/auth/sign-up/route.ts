import { askedLocaleFromHeaders } from "@/i18n/headers-locale";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { signUpInput, signUpWithPassword } from "@/server/auth/local/sign-up-with-password";
import { serializeCookie, sessionCookie } from "@/server/auth/session-cookie";
import { apiRoute } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const input = await readJson(request, signUpInput);
  // The verification mail, and the account's saved language, follow the visitor's.
  const { user, token } = await signUpWithPassword(
    input,
    clientIp(request.headers),
    askedLocaleFromHeaders(request.headers),
  );
  return Response.json(
    { user },
    {
      status: 201,
      headers: {
        "Set-Cookie": serializeCookie(sessionCookie(token)),
        "Cache-Control": "no-store",
      },
    },
  );
});
