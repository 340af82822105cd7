import { localeFromHeaders } from "@/i18n/headers-locale";
import { requireUser } from "@/server/auth/guards";
import { clearedSessionCookie, serializeCookie } from "@/server/auth/session-cookie";
import { readOwnSettings } from "@/server/accounts/read-own-settings";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { getUserTotalPoints } from "@/server/ledger/get-user-total-points";
import { deleteAccountInput, deleteOwnAccount } from "@/server/privacy/delete-own-account";
import { meInput } from "@/server/privacy/me-input";
import { setPublicProfile } from "@/server/privacy/set-public-profile";
import { updateOwnProfile } from "@/server/users/update-own-profile";
import { toUserDto } from "@/server/users/user-dto";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = apiRoute(async (request) => {
  const user = await requireUser(request);
  const points = await getUserTotalPoints(user);
  const { emailVerified, publicProfile } = await readOwnSettings(user);
  return Response.json(
    { ...toUserDto(user), points, emailVerified, publicProfile },
    { headers: PRIVATE },
  );
});

export const PATCH = apiRoute(async (request) => {
  const user = await requireUser(request);
  const { publicProfile, ...profile } = await readJson(request, meInput);
  const updated =
    Object.keys(profile).length > 0 ? await updateOwnProfile(user, profile) : toUserDto(user);
  const shown =
    publicProfile === undefined
      ? (await readOwnSettings(user)).publicProfile
      : await setPublicProfile(user, publicProfile);
  return Response.json({ ...updated, publicProfile: shown }, { headers: PRIVATE });
});

/** Deletes one's own account (docs/product.md §8): 204 in local mode, 202 once the Clerk-mode link is mailed. */
export const DELETE = apiRoute(async (request) => {
  const user = await requireUser(request);
  // No body is fine in Clerk mode, where nothing needs confirming here.
  const input = (await readJson(request, deleteAccountInput.optional())) ?? {};
  const outcome = await deleteOwnAccount(user, input, localeFromHeaders(request.headers));
  if (outcome.status === "mailed")
    return Response.json({ status: "mailed" }, { status: 202, headers: PRIVATE });
  return new Response(null, {
    status: 204,
    headers: { ...PRIVATE, "Set-Cookie": serializeCookie(clearedSessionCookie()) },
  });
});
