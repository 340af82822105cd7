import { buildDidDocument } from "@/server/credentials/build-did-document";
import { apiRoute } from "@/server/http/api-route";

/** The badge issuer's did:web document: its current and previous public keys (§15). */
export const GET = apiRoute(async () =>
  Response.json(await buildDidDocument(), {
    headers: {
      "Content-Type": "application/did+ld+json",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  }),
);
