import { z } from "zod";
import { verifyCredential } from "@/server/credentials/verify-credential";
import { apiRoute } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";

/** Enough for any badge credential (ours are ~3 KB) while refusing megabyte bodies. */
const LIMIT_BYTES = 64 * 1024;

const credentialJson = z.looseObject({
  "@context": z.array(z.unknown()).min(1),
  type: z.union([z.string(), z.array(z.string())]),
  proof: z.unknown(),
});

/** Verifies any credential JSON and returns the report the badge page shows (§15). */
export const POST = apiRoute(async (request) => {
  const credential = await readJson(request, credentialJson, LIMIT_BYTES);
  return Response.json(await verifyCredential(credential), {
    headers: { "Cache-Control": "no-store" },
  });
});
