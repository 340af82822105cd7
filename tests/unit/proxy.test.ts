/**
 * src/proxy.ts on its own: which headers each kind of response gets, when HSTS is sent,
 * and which paths are refused before any route runs. The real server is checked by
 * tests/e2e/http-hardening.spec.ts.
 */
import { NextRequest } from "next/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { proxy } from "../../src/proxy";

afterEach(() => {
  vi.unstubAllEnvs();
});

const run = (url: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(url, { headers }));

describe("proxy", () => {
  test("pages: a nonce-based policy, also handed to Next.js on the request", async () => {
    const response = await run("http://localhost:3000/admin/review");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect((await run("http://localhost:3000/")).headers.get("content-security-policy")).not.toBe(
      policy,
    );
  });

  test("API answers: nothing to render, nothing to frame; files keep their own policy", async () => {
    const api = await run("http://localhost:3000/api/me");
    expect(api.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    const file = await run("http://localhost:3000/api/files/uploads/abc");
    expect(file.headers.get("content-security-policy")).toBeNull();
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("HSTS and upgrade-insecure-requests only over HTTPS in production", async () => {
    expect(
      (await run("https://leaps.example/")).headers.get("strict-transport-security"),
    ).toBeNull();
    vi.stubEnv("NODE_ENV", "production");
    const secure = await run("https://leaps.example/");
    expect(secure.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8}/);
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const plain = await run("http://127.0.0.1:3000/");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });

  test.each(["/api/profiles/%00", "/api/submissions/%00", "/u/%E0%A4%A", "/u/a%0Ab", "/%"])(
    "%s is refused with 400 in the API's error shape",
    async (path) => {
      const response = await run(`http://localhost:3000${path}`);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  test("the refusal's message follows the language; its code does not", async () => {
    const english = await (await run("http://localhost:3000/api/profiles/%00")).json();
    expect(english.error).toEqual({
      code: "VALIDATION_FAILED",
      message: "The address is not valid.",
    });
    const byHeader = await (
      await run("http://localhost:3000/u/%E0%A4%A", {
        "accept-language": "id-ID,id;q=0.9,en;q=0.5",
      })
    ).json();
    expect(byHeader.error).toEqual({
      code: "VALIDATION_FAILED",
      message: "Alamat ini tidak valid.",
    });
    const byCookie = await (
      await run("http://localhost:3000/%", {
        "accept-language": "en-GB",
        cookie: "NEXT_LOCALE=id",
      })
    ).json();
    expect(byCookie.error.message).toBe("Alamat ini tidak valid.");
  });

  test("ordinary encoded paths pass", async () => {
    for (const path of ["/u/s%C3%A1ri-oz", "/api/files/uploads/a%20b.pdf", "/leaderboard?q=%00"]) {
      expect((await run(`http://localhost:3000${path}`)).headers.get("x-middleware-next")).toBe(
        "1",
      );
    }
  });
});
