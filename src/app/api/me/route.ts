import { requireUser } from "@/server/auth/guards";
import { readEmailVerified } from "@/server/auth/verification/read-email-verified";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { getUserTotalPoints } from "@/server/ledger/get-user-total-points";
import { profileInput, updateOwnProfile } from "@/server/users/update-own-profile";
import { toUserDto } from "@/server/users/user-dto";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = apiRoute(async (request) => {
  const user = await requireUser(request);
  const points = await getUserTotalPoints(user);
  const emailVerified = await readEmailVerified(user);
  return Response.json({ ...toUserDto(user), points, emailVerified }, { headers: PRIVATE });
});

export const PATCH = apiRoute(async (request) => {
  const user = await requireUser(request);
  const updated = await updateOwnProfile(user, await readJson(request, profileInput));
  return Response.json(updated, { headers: PRIVATE });
});
