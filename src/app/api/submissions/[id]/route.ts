import { getCurrentUser } from "@/server/auth/get-current-user";
import { requireUser } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { getSubmission } from "@/server/submissions/get-submission";
import { updateSubmission, updateSubmissionInput } from "@/server/submissions/update-submission";
import { withdrawSubmission } from "@/server/submissions/withdraw-submission";

type Context = { params: Promise<{ id: string }> };
const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = apiRoute<Context>(async (request, { params }) => {
  const reader = await getCurrentUser(request.headers);
  return Response.json(await getSubmission(reader, (await params).id), { headers: PRIVATE });
});

export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const user = await requireUser(request);
  const input = await readJson(request, updateSubmissionInput);
  return Response.json(await updateSubmission(user, (await params).id, input), {
    headers: PRIVATE,
  });
});

export const DELETE = apiRoute<Context>(async (request, { params }) => {
  const user = await requireUser(request);
  await withdrawSubmission(user, (await params).id);
  return new Response(null, { status: 204 });
});
