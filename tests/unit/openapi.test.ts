import { describe, expect, test } from "vitest";
import { buildOpenApiDocument } from "../../src/server/openapi/build-openapi-document";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument("http://localhost:3000");

  test("describes the core contract of docs/product.md §11 with request schemas from the handlers' zod schemas", () => {
    const review = document.paths["/api/admin/submissions/{id}/review"]!.post as {
      requestBody: {
        content: {
          "application/json": { schema: { properties: Record<string, { enum?: string[] }> } };
        };
      };
    };
    expect(review.requestBody.content["application/json"].schema.properties.action!.enum).toEqual([
      "approve",
      "reject",
    ]);
    for (const path of [
      "/api/health",
      "/api/auth/sign-up",
      "/api/me",
      "/api/uploads",
      "/api/submissions",
      "/api/kajabi/webhook",
      "/api/leaderboard",
      "/api/profiles/{handle}",
      "/api/metrics",
    ]) {
      expect(document.paths).toHaveProperty([path]);
    }
  });

  test("publishes each activity's payload schema with its limits", () => {
    const explore = document["x-activity-payloads"].EXPLORE as unknown as {
      properties: { reflection: { minLength: number; maxLength: number } };
    };
    expect(explore.properties.reflection).toMatchObject({ minLength: 150, maxLength: 5000 });
    const amplify = document["x-activity-payloads"].AMPLIFY as unknown as {
      properties: { peersTrained: { maximum: number } };
    };
    expect(amplify.properties.peersTrained.maximum).toBe(50);
  });

  test("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
