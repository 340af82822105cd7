import { localeFromHeaders } from "@/i18n/headers-locale";
import { requireUser } from "@/server/auth/guards";
import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import { resendVerification } from "@/server/auth/verification/resend-verification";
import { apiRoute } from "@/server/http/api-route";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const user = await requireUser(request);
  await resendVerification(user, localeFromHeaders(request.headers));
  return new Response(null, { status: 202, headers: { "Cache-Control": "no-store" } });
});
