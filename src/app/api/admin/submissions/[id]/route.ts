import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { getReviewDetail } from "@/server/review/get-review-detail";

type Context = { params: Promise<{ id: string }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const reviewer = await requireRole("REVIEWER", request);
  return Response.json(await getReviewDetail(reviewer, (await params).id), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
