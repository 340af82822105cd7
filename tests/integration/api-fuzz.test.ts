/**
 * Never a 500 for bad input (docs/product.md §11): every JSON endpoint gets malformed, mistyped,
 * oversized and random bodies from a signed-in admin (the most capable caller) and must
 * answer with a 4xx in the API's error shape.
 */
import { describe, expect, test } from "vitest";
import { POST as signIn } from "../../src/app/api/auth/sign-in/route";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { POST as badges } from "../../src/app/api/admin/badges/route";
import { POST as ledger } from "../../src/app/api/admin/ledger/route";
import { POST as bulkReview } from "../../src/app/api/admin/submissions/review/route";
import { POST as review } from "../../src/app/api/admin/submissions/[id]/review/route";
import { POST as cohort } from "../../src/app/api/admin/users/cohort/route";
import { PATCH as patchUser } from "../../src/app/api/admin/users/[id]/route";
import { PATCH as patchMe } from "../../src/app/api/me/route";
import { POST as createSubmission } from "../../src/app/api/submissions/route";
import { PATCH as patchSubmission } from "../../src/app/api/submissions/[id]/route";
import { signUp } from "../helpers/accounts";
import { submitValid } from "../helpers/evidence";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";
import { seededFuzzer } from "../helpers/fuzz";

setupTestDatabase();

const { random, pick, junkOf } = seededFuzzer(7);
const junk = junkOf(
  [
    () => null,
    () => Math.floor(random() * 2e9) - 1e9,
    () => 1e308,
    () => true,
    () => "",
    () => "x".repeat(Math.floor(random() * 3000)),
    () => "'; DROP TABLE users; --",
    () => "\u202e\ud83d\ude00",
    () => "2026-02-30",
  ],
  (inner, depth) =>
    Object.fromEntries(
      pick([
        ["action", "points", "note"],
        ["activity", "payload", "attachments"],
        ["role", "handle", "userId"],
      ]).map((k) => [k, inner(depth)]),
    ),
);

describe("fuzzing every JSON endpoint", () => {
  test("random bodies never cause a 500 and always get the error shape", async () => {
    const admin = await signUp("Fuzz Admin");
    const educator = await signUp("Fuzz Educator");
    const submissionId = await submitValid(educator.cookie, "SHINE");
    const targets = [
      { handler: signUpRoute, method: "POST", path: "/api/auth/sign-up" },
      { handler: signIn, method: "POST", path: "/api/auth/sign-in" },
      { handler: patchMe, method: "PATCH", path: "/api/me" },
      { handler: createSubmission, method: "POST", path: "/api/submissions" },
      {
        handler: patchSubmission,
        method: "PATCH",
        path: `/api/submissions/${submissionId}`,
        params: { id: submissionId },
      },
      {
        handler: review,
        method: "POST",
        path: `/api/admin/submissions/${submissionId}/review`,
        params: { id: submissionId },
      },
      { handler: bulkReview, method: "POST", path: "/api/admin/submissions/review" },
      { handler: ledger, method: "POST", path: "/api/admin/ledger" },
      { handler: badges, method: "POST", path: "/api/admin/badges" },
      {
        handler: patchUser,
        method: "PATCH",
        path: `/api/admin/users/${educator.user.id}`,
        params: { id: educator.user.id },
      },
      { handler: cohort, method: "POST", path: "/api/admin/users/cohort" },
    ] as const;
    for (const target of targets) {
      for (let i = 0; i < 40; i++) {
        const value = junk();
        const rawBody = i % 10 === 0 ? "{not json" : (JSON.stringify(value) ?? "null");
        const cookie =
          target.path.startsWith("/api/me") || target.path.startsWith("/api/submissions")
            ? educator.cookie
            : admin.cookie;
        const response = await call(target.handler, target.method, target.path, {
          cookie,
          rawBody,
          ...("params" in target && { params: target.params }),
        });
        expect(
          response.status,
          `${target.method} ${target.path} ${rawBody.slice(0, 120)}`,
        ).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.body.error).toMatchObject({
            code: expect.any(String),
            message: expect.any(String),
          });
        }
      }
    }
  });
});
