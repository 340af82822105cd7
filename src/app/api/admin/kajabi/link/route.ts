import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { linkKajabiContact, linkKajabiContactInput } from "@/server/kajabi/link-kajabi-contact";

export const POST = apiRoute(async (request) => {
  const actor = await requireRole("ADMIN", request);
  const user = await linkKajabiContact(actor, await readJson(request, linkKajabiContactInput));
  return Response.json({ user });
});
