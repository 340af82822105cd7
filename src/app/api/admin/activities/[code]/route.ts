import { activityEditInput } from "@/server/activities/activity-edit-input";
import { updateActivity } from "@/server/activities/update-activity";
import { requireRole } from "@/server/auth/guards";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

type Context = { params: Promise<{ code: string }> };

/** An admin edits an activity's default points or description (future credits only). */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const admin = await requireRole("ADMIN", request);
  const input = await readJson(request, activityEditInput);
  return Response.json(await updateActivity(admin, (await params).code, input), {
    headers: { "Cache-Control": "no-store" },
  });
});
