import { apiRoute } from "@/server/http/api-route";
import { buildOpenApiDocument } from "@/server/openapi/build-openapi-document";

export const GET = apiRoute(async (request) =>
  Response.json(buildOpenApiDocument(new URL(request.url).origin), {
    headers: { "Cache-Control": "public, max-age=300" },
  }),
);
