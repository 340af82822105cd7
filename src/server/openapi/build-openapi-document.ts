import { z } from "zod";
import { ERROR_STATUS } from "../errors";
import type { ApiOperation } from "./api-operation";
import { ACTIVITY_PAYLOAD_SCHEMAS, API_OPERATIONS } from "./api-operations";

const toSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "openapi-3.0" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: [...Object.keys(ERROR_STATUS), "INTERNAL"] },
        message: {
          type: "string",
          description:
            "For people, in the request's language (NEXT_LOCALE cookie, else Accept-Language: en or id, else the server's default); the code never changes with it.",
        },
        details: {
          type: "array",
          items: {
            type: "object",
            properties: { path: { type: "string" }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

/** The OpenAPI 3 document of the JSON API, built from the schemas the handlers use. */
export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = describe(operation);
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "LEAPS Tracker API",
      version: "1.0.0",
      description:
        'JSON API of the LEAPS Tracker. Errors are {"error":{"code","message","details"?}}; messages follow the request\'s language (NEXT_LOCALE cookie, Accept-Language), codes do not. Signed-in requests carry the session cookie (local accounts) or a Clerk session JWT; unsafe requests from browsers must come from the app\'s own origin.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "leaps_session" },
        clerk: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      },
    },
    "x-activity-payloads": Object.fromEntries(
      Object.entries(ACTIVITY_PAYLOAD_SCHEMAS).map(([code, schema]) => [code, toSchema(schema)]),
    ),
  };
}

function describe(operation: ApiOperation) {
  const parameters = [
    ...[...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    })),
    ...Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      required: false,
      schema: toSchema(schema as z.ZodType),
    })),
  ];
  const body = operation.multipart
    ? {
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { file: { type: "string", format: "binary" } },
              required: ["file"],
            },
          },
        },
      }
    : operation.body
      ? { required: true, content: { "application/json": { schema: toSchema(operation.body) } } }
      : undefined;
  const errorResponse = {
    description: "Error",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  };
  return {
    summary: operation.summary,
    "x-access": operation.access,
    ...(operation.access === "user" ||
    operation.access === "reviewer" ||
    operation.access === "admin"
      ? { security: [{ session: [] }, { clerk: [] }] }
      : {}),
    ...(parameters.length > 0 && { parameters }),
    ...(body && { requestBody: body }),
    responses: {
      [operation.success.status]: { description: operation.success.description },
      default: errorResponse,
    },
  };
}
