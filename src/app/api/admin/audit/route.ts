import { localeFromHeaders } from "@/i18n/headers-locale";
import { listAuditEntries, listAuditInput } from "@/server/audit/list-audit-entries";
import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";

/** The audit log, newest first, with a keyset cursor (ADMIN; docs/product.md §11). */
export const GET = apiRoute(async (request) => {
  const admin = await requireRole("ADMIN", request);
  const input = listAuditInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAuditEntries(admin, input, localeFromHeaders(request.headers)), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
