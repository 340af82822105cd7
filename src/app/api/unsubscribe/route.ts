import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";
import { unsubscribeWithToken } from "@/server/mail/unsubscribe-with-token";

/**
 * One-click unsubscribe (RFC 8058), the target of List-Unsubscribe: a POST with the
 * notification's token turns programme emails off, no sign-in needed. The confirm page
 * (/unsubscribe) posts its form here too and is sent back to say it worked. A GET (a
 * person following the link in a client without one-click) only leads to that page:
 * link scanners fetch with GET, and must not unsubscribe anyone.
 */
export const POST = apiRoute(async (request) => {
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  if (url.searchParams.get("from") === "page") {
    const outcome = await unsubscribeWithToken(token).then(
      () => "done=1",
      (error: unknown) => {
        if (error instanceof AppError) return "invalid=1";
        throw error;
      },
    );
    return new Response(null, {
      status: 303,
      headers: { Location: `/unsubscribe?${outcome}`, "Cache-Control": "no-store" },
    });
  }
  await unsubscribeWithToken(token);
  return Response.json({ unsubscribed: true }, { headers: { "Cache-Control": "no-store" } });
});

export const GET = apiRoute(async (request) => {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe?token=${encodeURIComponent(token)}` },
  });
});
