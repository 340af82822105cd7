import { localeFromHeaders } from "@/i18n/headers-locale";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import {
  passwordResetInput,
  requestPasswordReset,
} from "@/server/auth/password/request-password-reset";
import { apiRoute } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { readJson } from "@/server/http/read-json";

/** 202 for any well-formed email: whether an account exists is never told. */
export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const { email } = await readJson(request, passwordResetInput);
  await requestPasswordReset(email, clientIp(request.headers), localeFromHeaders(request.headers));
  return new Response(null, { status: 202, headers: { "Cache-Control": "no-store" } });
});
