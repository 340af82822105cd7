import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { reviewInput } from "@/server/review/review-inputs";
import { reviewSubmission } from "@/server/review/review-submission";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const reviewer = await requireRole("REVIEWER", request);
  const input = await readJson(request, reviewInput);
  return Response.json(await reviewSubmission(reviewer, (await params).id, input));
});
