/**
 * The session cookie's Secure flag follows configuration, not request headers: always set
 * in production unless COOKIE_SECURE=false, whatever X-Forwarded-Proto or Host claim.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { POST as signOutRoute } from "../../src/app/api/auth/sign-out/route";
import { POST as signUpRoute } from "../../src/app/api/auth/sign-up/route";
import { getEnv } from "../../src/server/env";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

setupTestDatabase();
let count = 0;

afterEach(() => {
  vi.unstubAllEnvs();
});

async function signUpCookie(headers: Record<string, string> = {}): Promise<string> {
  const response = await call(signUpRoute, "POST", "/api/auth/sign-up", {
    headers,
    body: {
      email: `cookie-${++count}-${Date.now()}@example.test`,
      password: "a long enough passphrase",
      name: "Cookie Carla",
    },
  });
  expect(response.status).toBe(201);
  return response.headers.get("set-cookie")!;
}

describe("the session cookie's Secure flag", () => {
  test("production: Secure, even on http://localhost and with X-Forwarded-Proto: http", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(await signUpCookie()).toMatch(/; Secure$/);
    expect(await signUpCookie({ "x-forwarded-proto": "http" })).toMatch(/; Secure$/);
    const signOut = await call(signOutRoute, "POST", "/api/auth/sign-out");
    expect(signOut.headers.get("set-cookie")).toMatch(/Max-Age=0; .*; Secure$/);
  });

  test("production with COOKIE_SECURE=false (plain-HTTP development): not Secure", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("COOKIE_SECURE", "false");
    expect(await signUpCookie()).not.toContain("Secure");
  });

  test("outside production: not Secure unless COOKIE_SECURE=true; X-Forwarded-Proto changes nothing", async () => {
    expect(await signUpCookie({ "x-forwarded-proto": "https" })).not.toContain("Secure");
    vi.stubEnv("COOKIE_SECURE", "true");
    expect(await signUpCookie()).toMatch(/; Secure$/);
  });

  test("COOKIE_SECURE accepts only true or false", () => {
    vi.stubEnv("COOKIE_SECURE", "yes");
    expect(() => getEnv()).toThrow(/COOKIE_SECURE/);
  });
});
