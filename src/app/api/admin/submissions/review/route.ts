import { requireRole } from "@/server/auth/guards";
import { localeFromHeaders } from "@/i18n/headers-locale";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { bulkReviewInput } from "@/server/review/review-inputs";
import { reviewSubmissionsBulk } from "@/server/review/review-submissions-bulk";

/** Bulk approve/reject (≤ 50), reported per item. */
export const POST = apiRoute(async (request) => {
  const reviewer = await requireRole("REVIEWER", request);
  const input = await readJson(request, bulkReviewInput);
  const results = await reviewSubmissionsBulk(reviewer, input, localeFromHeaders(request.headers));
  return Response.json({ results });
});
