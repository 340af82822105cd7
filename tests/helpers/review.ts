import { GET as detailRoute } from "../../src/app/api/admin/submissions/[id]/route";
import { POST as reviewRoute } from "../../src/app/api/admin/submissions/[id]/review/route";
import { call } from "./http";

/** The `version` the review detail shows right now (what a reviewer's screen would hold). */
export async function versionOf(cookie: string, id: string): Promise<string> {
  const detail = await call(detailRoute, "GET", `/api/admin/submissions/${id}`, {
    cookie,
    params: { id },
  });
  // A reader who may not see the detail still reaches the review endpoint, which then
  // answers for itself (403, 404).
  return detail.status === 200 ? (detail.body.version as string) : "unseen";
}

/** Reviews a submission the way the review page does: with the version just loaded. */
export async function reviewWithVersion(cookie: string, id: string, body: Record<string, unknown>) {
  return call(reviewRoute, "POST", `/api/admin/submissions/${id}/review`, {
    cookie,
    params: { id },
    body: { version: await versionOf(cookie, id), ...body },
  });
}
