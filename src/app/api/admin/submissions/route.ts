import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { listReviewQueue, reviewQueueInput } from "@/server/review/list-review-queue";

export const GET = apiRoute(async (request) => {
  const reviewer = await requireRole("REVIEWER", request);
  const query = reviewQueueInput.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listReviewQueue(reviewer, query), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
