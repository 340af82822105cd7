/**
 * Never a 500 for bad input (docs/product.md §11), beyond JSON bodies: mangled cookies,
 * odd headers and hostile path parameters reach every API route, signed in and out, and
 * each must answer below 500 in the API's error shape. Pages get the same treatment in
 * tests/e2e/http-hardening.spec.ts, against the real server.
 */
import { describe, expect, test } from "vitest";
import { GET as kajabiEvents } from "../../src/app/api/admin/kajabi/events/route";
import { POST as reprocessKajabi } from "../../src/app/api/admin/kajabi/events/[id]/reprocess/route";
import { GET as adminSubmissions } from "../../src/app/api/admin/submissions/route";
import { GET as reviewDetail } from "../../src/app/api/admin/submissions/[id]/route";
import { POST as reverse } from "../../src/app/api/admin/submissions/[id]/reverse/route";
import { POST as review } from "../../src/app/api/admin/submissions/[id]/review/route";
import { GET as adminUsers } from "../../src/app/api/admin/users/route";
import { GET as adminUser } from "../../src/app/api/admin/users/[id]/route";
import { PATCH as patchBadge } from "../../src/app/api/admin/badges/[code]/route";
import { POST as awardBadge } from "../../src/app/api/admin/badges/[code]/award/route";
import { POST as signOut } from "../../src/app/api/auth/sign-out/route";
import { GET as file } from "../../src/app/api/files/[...key]/route";
import { GET as leaderboard } from "../../src/app/api/leaderboard/route";
import { GET as me } from "../../src/app/api/me/route";
import { GET as metrics } from "../../src/app/api/metrics/route";
import { GET as profile } from "../../src/app/api/profiles/[handle]/route";
import { GET as submissions } from "../../src/app/api/submissions/route";
import { DELETE as withdraw, GET as submission } from "../../src/app/api/submissions/[id]/route";
import { signUp } from "../helpers/accounts";
import { call, type CallOptions } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();

type Handler = Parameters<typeof call>[0];

const BAD_COOKIES = [
  "leaps_session=%E0%A4%A",
  "leaps_session=%",
  "leaps_session=%00",
  "leaps_session=%0d%0aSet-Cookie:%20x=y",
  "leaps_session=" + "A".repeat(8000),
  "leaps_session",
  "=; ; ;=;leaps_session==",
  "__session=%E0%A4%A; leaps_session=%FF",
];

const BAD_SEGMENTS = [
  "\u0000",
  "abc\u0000def",
  "\u0007",
  "\r\n",
  "%E0%A4%A",
  "%",
  "..",
  "../../etc/passwd",
  "\ud800",
  "x".repeat(5000),
  "'; DROP TABLE users; --",
];

const ODD_HEADERS: Record<string, string>[] = [
  { authorization: "Bearer %E0%A4%A" },
  { authorization: "Bearer " + "x".repeat(10_000) },
  { authorization: "Basic \u00ff\u00fe" },
  { "x-forwarded-for": "not-an-ip, \u00ff, , ::::" },
  { "x-forwarded-host": "evil.example" },
  { origin: "null" },
  { origin: "http://[::1" },
  { accept: "*/*;q=abc" },
  { "content-type": "application/json; charset=ebcdic" },
];

const PLAIN_ROUTES: [string, Handler, string, string][] = [
  ["GET", me, "/api/me", ""],
  ["GET", submissions, "/api/submissions", ""],
  ["GET", leaderboard, "/api/leaderboard", "?period=%E0%A4%A&cohort=%00"],
  ["GET", metrics, "/api/metrics", ""],
  ["GET", adminUsers, "/api/admin/users", "?q=%00&role=%E0"],
  ["GET", adminSubmissions, "/api/admin/submissions", "?status=%00"],
  ["GET", kajabiEvents, "/api/admin/kajabi/events", ""],
  ["POST", signOut, "/api/auth/sign-out", ""],
];

function paramRoutes(segment: string): [string, Handler, string, Record<string, unknown>][] {
  return [
    ["GET", submission, `/api/submissions/x`, { id: segment }],
    ["DELETE", withdraw, `/api/submissions/x`, { id: segment }],
    ["GET", profile, `/api/profiles/x`, { handle: segment }],
    ["GET", file, `/api/files/x`, { key: ["uploads", segment] }],
    ["GET", adminUser, `/api/admin/users/x`, { id: segment }],
    ["GET", reviewDetail, `/api/admin/submissions/x`, { id: segment }],
    ["POST", review, `/api/admin/submissions/x/review`, { id: segment }],
    ["POST", reverse, `/api/admin/submissions/x/reverse`, { id: segment }],
    ["POST", reprocessKajabi, `/api/admin/kajabi/events/x/reprocess`, { id: segment }],
    ["PATCH", patchBadge, `/api/admin/badges/x`, { code: segment }],
    ["POST", awardBadge, `/api/admin/badges/x/award`, { code: segment }],
  ];
}

async function expectNo500(
  handler: Handler,
  method: string,
  path: string,
  options: CallOptions,
): Promise<number> {
  const response = await call(handler, method, path, options);
  const label = `${method} ${path} ${JSON.stringify(options).slice(0, 160)}`;
  expect(response.status, label).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.body.error, label).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
  }
  return response.status;
}

describe("fuzzing cookies, headers and paths", () => {
  test("a mangled session cookie counts as signed out, on every route", async () => {
    for (const cookie of BAD_COOKIES) {
      for (const [method, handler, path, query] of PLAIN_ROUTES) {
        await expectNo500(handler, method, `${path}${query}`, { cookie });
      }
      expect((await call(me, "GET", "/api/me", { cookie })).status).toBe(401);
    }
  });

  test("odd headers never cause a 500", async () => {
    const admin = await signUp("Header Admin");
    for (const headers of ODD_HEADERS) {
      for (const [method, handler, path] of PLAIN_ROUTES) {
        const body = method === "GET" ? undefined : {};
        await expectNo500(handler, method, path, { headers, cookie: admin.cookie, body });
      }
    }
  });

  test("hostile path parameters never cause a 500; control characters are refused (400)", async () => {
    const admin = await signUp("Path Admin");
    for (const segment of BAD_SEGMENTS) {
      for (const [method, handler, path, params] of paramRoutes(segment)) {
        for (const cookie of [admin.cookie, undefined]) {
          const status = await expectNo500(handler, method, path, {
            cookie,
            params: params as Record<string, string>,
            ...(method === "GET" || method === "DELETE" ? {} : { body: {} }),
          });
          if (/[\u0000-\u001f]/.test(segment)) expect(status, `${path} ${segment}`).toBe(400);
        }
      }
    }
  });
});
