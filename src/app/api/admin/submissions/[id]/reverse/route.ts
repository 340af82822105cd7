import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { reverseApproval } from "@/server/review/reverse-approval";
import { reverseInput } from "@/server/review/review-inputs";

type Context = { params: Promise<{ id: string }> };

export const POST = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  const { note } = await readJson(request, reverseInput);
  return Response.json(await reverseApproval(admin, (await params).id, note));
});
