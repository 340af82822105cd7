import {
  CREDENTIAL_JSON_LIMIT_BYTES,
  credentialJsonInput,
} from "@/server/credentials/credential-json-input";
import { verifyCredential } from "@/server/credentials/verify-credential";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

/** Verifies any credential JSON and returns the report the badge page shows (§15). */
export const POST = apiRoute(async (request) => {
  const credential = await readJson(request, credentialJsonInput, CREDENTIAL_JSON_LIMIT_BYTES);
  return Response.json(await verifyCredential(credential), {
    headers: { "Cache-Control": "no-store" },
  });
});
