import { getCurrentUser } from "@/server/auth/get-current-user";
import { getBadgeCredential } from "@/server/credentials/get-badge-credential";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";

type Context = { params: Promise<{ id: string }> };

/**
 * The signed OpenBadgeCredential (§15) as JSON-LD. A private profile's credential (it
 * names the person) is served only to that person and admins; others get NOT_FOUND.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const view = await getBadgeCredential((await params).id, await getCurrentUser(request.headers));
  if (!view.credential) throw new AppError("NOT_FOUND", "errors.credentials.notFound");
  const download = new URL(request.url).searchParams.has("download");
  return new Response(JSON.stringify(view.credential, null, 2), {
    headers: {
      "Content-Type": "application/ld+json; charset=utf-8",
      "Cache-Control": "private, no-store",
      ...(download && {
        "Content-Disposition": `attachment; filename="badge-${view.badge.code.toLowerCase()}-${view.id}.json"`,
      }),
    },
  });
});
