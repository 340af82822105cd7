import { clearedSessionCookie, serializeCookie } from "@/server/auth/session-cookie";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import {
  confirmAccountDeletion,
  confirmDeletionInput,
} from "@/server/privacy/confirm-account-deletion";

/** The mailed link's confirmation (Clerk mode, docs/product.md §8): 204 once the account is erased. */
export const POST = apiRoute(async (request) => {
  const { token } = await readJson(request, confirmDeletionInput);
  await confirmAccountDeletion(token);
  return new Response(null, {
    status: 204,
    headers: {
      "Cache-Control": "private, no-store",
      "Set-Cookie": serializeCookie(clearedSessionCookie()),
    },
  });
});
