import { requireUser } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { createSubmission, createSubmissionInput } from "@/server/submissions/create-submission";
import {
  listOwnSubmissions,
  listOwnSubmissionsInput,
} from "@/server/submissions/list-own-submissions";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const POST = apiRoute(async (request) => {
  const user = await requireUser(request);
  const submission = await createSubmission(user, await readJson(request, createSubmissionInput));
  return Response.json(submission, { status: 201, headers: PRIVATE });
});

export const GET = apiRoute(async (request) => {
  const user = await requireUser(request);
  const query = listOwnSubmissionsInput.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  return Response.json(await listOwnSubmissions(user, query), { headers: PRIVATE });
});
