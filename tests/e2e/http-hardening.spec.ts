import { expect, test, type APIRequestContext } from "@playwright/test";
import http from "node:http";
import { verifyEmailThroughMail } from "./browser-accounts";

/**
 * HTTP hardening against the real server (docs/product.md §11): security headers on pages
 * and API answers, per-request CSP nonces that Next.js puts on its scripts, sign-in's
 * `next` kept on this site, and never a 500 for mangled cookies or paths.
 */

const PASSWORD = "a long enough passphrase";
const tag = `hard${Date.now().toString(36)}`;

async function signedIn(request: APIRequestContext, first: string): Promise<void> {
  const response = await request.post("/api/auth/sign-up", {
    data: { name: `${first} ${tag}`, email: `${first}-${tag}@example.test`, password: PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test("pages and API answers carry the security headers; pages get a fresh nonce each time", async ({
  request,
}) => {
  for (const path of ["/", "/sign-in", "/leaderboard", "/api/health", "/api/leaderboard"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    // Plain HTTP: no HSTS, and nothing upgraded to an https that does not exist.
    expect(headers["strict-transport-security"], path).toBeUndefined();
    expect(headers["content-security-policy"], path).not.toContain("upgrade-insecure-requests");
  }

  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/");
    const policy = response.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(policy).toContain("'strict-dynamic'");
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("the admin console cannot be framed", async ({ request }) => {
  const response = await request.get("/admin/review", { maxRedirects: 0 });
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

test("sign-in's next parameter never leaves this site", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await signedIn(request, "redirect");
  // As the browser decodes them from the query string.
  const hostile = [
    "/\t/evil.com",
    "/\n/evil.com",
    "//evil.com",
    "/\\evil.com",
    "/\\/evil.com",
    "/.//evil.com",
    "https://evil.com",
    "javascript:alert(1)",
    "//user:pass@evil.com",
    "/\u0000",
  ];
  for (const next of hostile) {
    const response = await request.get(`/sign-in?next=${encodeURIComponent(next)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), next).toBe(307);
    expect(response.headers()["location"], next).toBe("/dashboard");
  }
  // The tab case exactly as reported, percent-encoded in the query by the attacker.
  const reported = await request.get("/sign-in?next=/%09/evil.com", { maxRedirects: 0 });
  expect(reported.headers()["location"]).toBe("/dashboard");
  const kept = await request.get(`/sign-in?next=${encodeURIComponent("/leaderboard?page=2")}`, {
    maxRedirects: 0,
  });
  expect(kept.headers()["location"]).toBe("/leaderboard?page=2");
  await request.dispose();
});

test("a mangled session cookie counts as signed out on every page and API route", async ({
  request,
}) => {
  const paths = ["/", "/sign-in", "/leaderboard", "/metrics", "/dashboard", "/admin", "/api/me"];
  for (const cookie of ["leaps_session=%E0%A4%A", "leaps_session=%00", "leaps_session=%"]) {
    for (const path of paths) {
      const response = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
      expect(response.status(), `${path} ${cookie}`).toBeLessThan(500);
    }
  }
});

test("NUL or broken percent-encoding in a path: 400, never a 500", async ({ request }) => {
  const paths = [
    "/api/profiles/%00",
    "/api/submissions/%00",
    "/api/files/uploads/%00",
    "/u/%E0%A4%A",
    "/u/%00",
    "/admin/review/%00",
    "/dashboard/submissions/%E0%A4%A",
    "/sign-in?next=%00%01%1f",
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    if (!path.includes("?")) expect(response.status(), path).toBe(400);
  }
});

test("with COOKIE_SECURE=false (plain-HTTP testing) the session cookie works over http", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const response = await request.post("/api/auth/sign-up", {
    data: { name: `Plain ${tag}`, email: `plain-${tag}@example.test`, password: PASSWORD },
  });
  expect(response.headers()["set-cookie"]).not.toContain("Secure");
  expect((await request.get("/api/me")).status()).toBe(200);
  await request.dispose();
});

test("with the policy in force, pages hydrate and nothing is blocked", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const admin = { email: "e2e-admin@example.test", password: PASSWORD, name: "E2E Admin" };
  let response = await context.request.post("/api/auth/sign-up", { data: admin });
  if (response.status() === 409) {
    response = await context.request.post("/api/auth/sign-in", { data: admin });
  }
  expect(response.ok(), await response.text()).toBe(true);
  // The admin pages below need the admin role, which a verified email brings (docs/product.md §2).
  await verifyEmailThroughMail(context, admin.email);

  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(message.text());
    }
  });
  page.on("response", (answer) => {
    // The app ships no favicon; the browser asks anyway.
    if (answer.status() >= 400 && !answer.url().endsWith("/favicon.ico")) {
      errors.push(`${answer.status()} ${answer.url()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const paths = [
    "/",
    "/leaderboard",
    "/metrics",
    "/dashboard",
    "/dashboard/submit/amplify",
    "/settings/profile",
    "/admin",
    "/admin/review",
    "/admin/users",
    "/admin/badges",
  ];
  for (const path of paths) {
    await page.goto(path);
    // The App Router announces itself on window once its scripts ran and hydrated.
    await expect
      .poll(() => page.evaluate(() => Boolean((window as { next?: unknown }).next)), {
        message: path,
      })
      .toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      path,
    ).toEqual([]);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test("with no trusted proxy the socket's address counts: a forged X-Forwarded-For changes nothing", async ({
  baseURL,
}) => {
  // Loopback answers on all of 127.0.0.0/8, so two source addresses are two clients.
  const octet = () => 2 + Math.floor(Math.random() * 250);
  const attacker = `127.${octet()}.${octet()}.${octet()}`;
  const bystander = `127.${octet()}.${octet()}.${octet()}`;
  const failSignIn = (from: string, forwardedFor?: string) =>
    postJson(`${baseURL}/api/auth/sign-in`, from, forwardedFor, {
      email: `nobody-${tag}@example.test`,
      password: "not the password",
    });
  // Every request claims a new address: believed, it would reset the back-off that
  // follows 5 failures for one email from one client.
  for (let i = 0; i < 5; i++) expect(await failSignIn(attacker, `10.9.${i}.1`)).toBe(401);
  expect(await failSignIn(attacker, "10.9.200.1")).toBe(429);
  // The forged requests were not pooled with everyone else's either.
  expect(await failSignIn(bystander)).toBe(401);
});

/** POST a JSON body from a chosen local address; resolves to the status code. */
function postJson(url: string, from: string, forwardedFor: string | undefined, body: unknown) {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        localAddress: from,
        headers: {
          "content-type": "application/json",
          ...(forwardedFor && { "x-forwarded-for": forwardedFor }),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}
