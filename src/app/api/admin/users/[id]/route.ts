import { localeFromHeaders } from "@/i18n/headers-locale";
import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { getUserAsAdmin } from "@/server/users/get-user-as-admin";
import { updateUserAndCreditKajabi } from "@/server/kajabi/update-user-and-credit-kajabi";
import { adminUserInput } from "@/server/users/admin-user-input";

type Context = { params: Promise<{ id: string }> };
const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireRole("ADMIN", request);
  const locale = localeFromHeaders(request.headers);
  return Response.json(await getUserAsAdmin(actor, (await params).id, locale), {
    headers: PRIVATE,
  });
});

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireRole("ADMIN", request);
  const input = await readJson(request, adminUserInput);
  return Response.json(await updateUserAndCreditKajabi(actor, (await params).id, input), {
    headers: PRIVATE,
  });
});
