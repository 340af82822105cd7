/**
 * The client address behind rate limits (docs/decisions/010-client-address.md): forwarded
 * headers count only through TRUST_PROXY_HOPS trusted proxies, so a client cannot reset
 * its own sign-in budget by making up an X-Forwarded-For.
 */
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { POST as signInRoute } from "../../src/app/api/auth/sign-in/route";
import { queryRows } from "../../src/server/db/query-rows";
import { getEnv } from "../../src/server/env";
import { BASE_URL } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";
import { throughProxy } from "../helpers/through-proxy";

const database = setupTestDatabase();
const SOCKET = "198.51.100.7";
let emailCount = 0;

afterEach(() => {
  delete process.env.TRUST_PROXY_HOPS;
});

/** A failed sign-in sent through the proxy; returns the address the attempt was counted against. */
async function recordedAddress(headers: Record<string, string>): Promise<string> {
  const email = `address-${++emailCount}-${Date.now()}@example.test`;
  const sent = new Request(`${BASE_URL}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password: "not the password at all" }),
  });
  const passed = await throughProxy(sent, SOCKET);
  if (!("request" in passed)) throw new Error("the proxy refused the request");
  const response = await signInRoute(passed.request, { params: Promise.resolve({}) });
  expect(response.status).toBe(401);
  const rows = await queryRows<{ ip: string }>(
    database(),
    sql`SELECT ip FROM sign_in_attempts WHERE email = ${email}`,
  );
  return rows[0]!.ip;
}

describe("TRUST_PROXY_HOPS=0 (the default: nothing in front of the app)", () => {
  test("a made-up X-Forwarded-For or X-Real-IP is ignored: the socket's address counts", async () => {
    expect(await recordedAddress({ "x-forwarded-for": "203.0.113.66" })).toBe(SOCKET);
    expect(await recordedAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.67" })).toBe(SOCKET);
    expect(await recordedAddress({ "x-real-ip": "203.0.113.68" })).toBe(SOCKET);
    expect(await recordedAddress({})).toBe(SOCKET);
  });
});

describe("TRUST_PROXY_HOPS=N", () => {
  test("1 proxy: the right-most entry, the one our proxy appended", async () => {
    process.env.TRUST_PROXY_HOPS = "1";
    expect(await recordedAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe(
      "203.0.113.9",
    );
  });

  test("2 proxies: the second entry from the right; what the client claimed is skipped", async () => {
    process.env.TRUST_PROXY_HOPS = "2";
    expect(await recordedAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.10, 10.0.0.2" })).toBe(
      "203.0.113.10",
    );
    // Fewer entries than proxies: the farthest one a trusted proxy wrote.
    expect(await recordedAddress({ "x-forwarded-for": "203.0.113.11" })).toBe("203.0.113.11");
  });

  test("anything but a small whole number is a configuration error", () => {
    for (const value of ["-1", "one", "1.5", "100"]) {
      process.env.TRUST_PROXY_HOPS = value;
      expect(() => getEnv(), value).toThrow(/TRUST_PROXY_HOPS/);
    }
    process.env.TRUST_PROXY_HOPS = " 3 ";
    expect(getEnv().TRUST_PROXY_HOPS).toBe(3);
  });
});
