import { apiRoute } from "@/server/http/api-route";
import { requireCronSecret } from "@/server/jobs/require-cron-secret";
import { sendDueMail } from "@/server/mail/send-due-mail";

/**
 * One outbox pass for external schedulers (BACKGROUND_JOBS=false): sends due messages,
 * up to 100, and reports counts. GET is what Vercel Cron sends, POST what most others do.
 */
export const GET = apiRoute(async (request) => {
  requireCronSecret(request);
  return Response.json(await sendDueMail({ limit: 100 }), {
    headers: { "Cache-Control": "no-store" },
  });
});

export const POST = GET;
