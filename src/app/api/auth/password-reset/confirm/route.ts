import { requireLocalAuth } from "@/server/auth/local/require-local-auth";
import {
  confirmPasswordReset,
  passwordResetConfirmInput,
} from "@/server/auth/password/confirm-password-reset";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

export const POST = apiRoute(async (request) => {
  requireLocalAuth();
  const { token, password } = await readJson(request, passwordResetConfirmInput);
  await confirmPasswordReset(token, password);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
