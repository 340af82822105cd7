/**
 * The public page cache (docs/decisions/028-public-page-cache.md) through a real production
 * server (`next start`): anonymous visitors share cached pages, each response with its own
 * CSP nonce; a session never reaches the shared cache and nobody sees anyone else's page;
 * each language has its own pages; RSC requests bypass; a data change shows at once.
 * PGlite by default, PostgreSQL with TEST_DATABASE_URL/DATABASE_URL. Needs `npm run build`
 * first: `npm run test:server`.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasProductionBuild, startAppServer, type RunningAppServer } from "../helpers/app-server";
import {
  adminQuery,
  APP_ROLE,
  appRoleUrl,
  testPostgresUrl,
  withDatabaseName,
} from "../helpers/test-engine";

const PORT = Number(process.env.PAGE_CACHE_TEST_PORT ?? 3177);
const PAGES = ["/", "/leaderboard", "/metrics"];
const postgresAdmin = testPostgresUrl();
const databaseName = `leaps_page_cache_${randomBytes(4).toString("hex")}`;
let dataDir: string | undefined;
let server: RunningAppServer;
/** The first account of a fresh installation, which is its superadmin. */
let admin: Account;

interface Visitor {
  cookie?: string;
  language?: string;
  headers?: Record<string, string>;
  method?: string;
}

async function get(pathname: string, visitor: Visitor = {}) {
  const response = await fetch(`${server.url}${pathname}`, {
    method: visitor.method ?? "GET",
    headers: {
      ...(visitor.cookie && { cookie: visitor.cookie }),
      "accept-language": visitor.language ?? "en",
      ...visitor.headers,
    },
  });
  return {
    status: response.status,
    cache: response.headers.get("x-leaps-page-cache"),
    policy: response.headers.get("content-security-policy") ?? "",
    type: response.headers.get("content-type") ?? "",
    html: await response.text(),
  };
}

interface Account {
  id: string;
  cookie: string;
  email: string;
  handle: string;
  role: string;
}

async function signUp(name: string): Promise<Account> {
  const email = `${name.split(" ")[0]!.toLowerCase()}-${randomBytes(3).toString("hex")}@example.test`;
  const response = await fetch(`${server.url}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ email, password: "correct horse battery", name }),
  });
  expect(response.status).toBe(201);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
  const { id, handle, role } = (await me.json()) as Omit<Account, "cookie" | "email">;
  return { id, cookie, email, handle, role };
}

/** Points for an account, through the admin's ledger API. */
function award(account: Account, points: number) {
  return fetch(`${server.url}/api/admin/ledger`, {
    method: "POST",
    headers: { cookie: admin.cookie, "content-type": "application/json", origin: server.url },
    body: JSON.stringify({
      userId: account.id,
      activity: "EXPLORE",
      points,
      reason: "page cache test",
    }),
  });
}

/** Polls until the condition holds or 12 s (one leaderboard refresh and then some) pass. */
async function waitFor(condition: () => Promise<boolean>) {
  const deadline = Date.now() + 12_000;
  while (!(await condition()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const noncesIn = (html: string) => [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
const nonceOf = (policy: string) => policy.match(/'nonce-([^']+)'/)?.[1];

beforeAll(async () => {
  if (!hasProductionBuild()) throw new Error("no production build: run `npm run build` first");
  const env: Record<string, string> = { COOKIE_SECURE: "false", LOG_LEVEL: "error" };
  if (postgresAdmin) {
    await adminQuery(postgresAdmin, `CREATE DATABASE "${databaseName}" OWNER ${APP_ROLE}`);
    env.DATABASE_URL = withDatabaseName(await appRoleUrl(postgresAdmin), databaseName);
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-page-cache-"));
    env.DATA_DIR = dataDir;
  }
  server = await startAppServer(PORT, env);
  admin = await signUp("Admin Pagecache");
  expect(admin.role).toBe("SUPERADMIN");
});

afterAll(async () => {
  await server?.stop();
  if (postgresAdmin)
    await adminQuery(postgresAdmin, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the public page cache", () => {
  test("anonymous visitors share one rendering, each response with its own nonce", async () => {
    for (const page of PAGES) {
      let [first, second] = [await get(page), await get(page)];
      // A scheduled leaderboard refresh moves the data version: a new rendering, then hits.
      for (let tries = 0; tries < 5 && (first.cache !== "hit" || second.cache !== "hit"); tries++)
        [first, second] = [await get(page), await get(page)];
      expect([first.status, first.cache, second.cache]).toEqual([200, "hit", "hit"]);
      for (const response of [first, second]) {
        const nonce = nonceOf(response.policy);
        expect(noncesIn(response.html).length).toBeGreaterThan(0);
        expect(new Set(noncesIn(response.html))).toEqual(new Set([nonce]));
        expect(response.policy).toContain("frame-ancestors 'none'");
      }
      expect(nonceOf(first.policy)).not.toBe(nonceOf(second.policy));
      expect(second.html).not.toContain(nonceOf(first.policy));
    }
  });

  test("a cached page is one complete document: no loading state left to stream", async () => {
    for (const page of PAGES) {
      await get(page);
      const cached = await get(page);
      expect(cached.cache).toBe("hit");
      expect(cached.html).not.toMatch(/<template id="B:|<div hidden id="S:|<!--\$[?!]-->/);
      expect(cached.html).toContain("</html>");
    }
    // (The loading state is still named in Next.js's inline data, never in the document.)
    expect((await get("/leaderboard")).html).not.toMatch(/>Loading the leaderboard…</);
  });

  test("two users and anonymous visitors through one cache: nobody sees another's parts", async () => {
    const ada = await signUp("Ada Pagecache");
    const bea = await signUp("Bea Pagecache");
    for (const page of [...PAGES, `/u/${ada.handle}`]) {
      const anonymousFirst = await get(page);
      const own = { ada: await get(page, ada), bea: await get(page, bea) };
      const anonymousAfter = await get(page);
      // ("miss" too: a scheduled refresh may move the version in between.)
      expect(["hit", "miss"]).toContain(own.ada.cache);
      expect(["hit", "miss"]).toContain(own.bea.cache);
      expect(["hit", "miss"]).toContain(anonymousAfter.cache);
      expect(own.ada.html).toContain(ada.email);
      expect(own.ada.html).not.toContain(bea.email);
      expect(own.ada.html).toContain('data-viewer="member"');
      // Her email is not confirmed yet: the banner asking her to is switched on.
      expect(own.ada.html).toContain("data-viewer-unverified");
      expect(own.bea.html).toContain(bea.email);
      expect(own.bea.html).not.toContain(ada.email);
      for (const response of [anonymousFirst, anonymousAfter]) {
        expect(response.status).toBe(200);
        expect(response.html).not.toContain(ada.email);
        expect(response.html).not.toContain(bea.email);
        expect(response.html).not.toContain('data-viewer="member"');
        expect(response.html).toContain('href="/sign-in"');
      }
    }
    // A session that ended is nobody: the shared page, with no one's parts.
    const ended = await get("/", { cookie: "leaps_session=no-such-session" });
    expect(ended.cache).toBe("hit");
    expect(ended.html).not.toContain('data-viewer="member"');
  });

  test("the leaderboard is shared too: each visitor's own place is spliced in", async () => {
    const [eve, fay] = [await signUp("Eve Rank"), await signUp("Fay Rank")];
    expect((await award(eve, 41)).status).toBe(201);
    const onBoard = `/leaderboard?q=${eve.handle}`;
    const offBoard = `/leaderboard?q=no-such-educator-${eve.handle}`;
    // The leaderboards refresh at most MAX_WAIT_MS (10 s) after a write.
    await waitFor(async () => (await get(onBoard)).html.includes(`href="/u/${eve.handle}"`));
    const row = `#educator-${eve.handle}`;
    for (const page of [onBoard, offBoard]) {
      const anonymous = await get(page);
      const [forEve, forFay] = [await get(page, eve), await get(page, fay)];
      // Served from the cache ("miss": a scheduled refresh moved the version in between).
      expect(["hit", "miss"]).toContain(forEve.cache);
      expect(["hit", "miss"]).toContain(forFay.cache);
      for (const response of [anonymous, forFay]) {
        expect(response.html).not.toContain(row + "{");
        expect(response.html).not.toContain("Your place");
      }
      // Eve: her row marked by a style carrying this response's nonce, and her place.
      expect(forEve.html).toContain(`<style nonce="${nonceOf(forEve.policy)}">${row}{`);
      expect(forEve.html).toMatch(/Your place · All-time.*#\d+.*41<\/span> points/s);
      expect(forEve.html).toContain(`#educator-${eve.handle}"`);
      // Fay has no points yet: how to get onto the board.
      expect(forFay.html).toContain("You are not on the leaderboard yet");
      expect(anonymous.html).not.toContain("You are not on the leaderboard yet");
    }
    // The 30-day board looks her up on that board.
    const recent = await get(`/leaderboard?period=30d&q=${eve.handle}`, eve);
    expect(recent.html).toContain("Your place · Last 30 days");
    // Indonesian visitors get the Indonesian card.
    const indonesian = await get(offBoard, { ...eve, language: "id" });
    expect(indonesian.html).toContain('<html lang="id-ID"');
    expect(indonesian.html).not.toContain("Your place");
    expect(indonesian.html).toContain('class="own-rank ');
  });

  test("each language has its own pages", async () => {
    const languages = [
      { visitor: { language: "id" }, lang: "id-ID" },
      { visitor: { language: "en-GB,en;q=0.9" }, lang: "en-GB" },
      { visitor: { language: "en", cookie: "NEXT_LOCALE=id" }, lang: "id-ID" },
      { visitor: { language: "id", cookie: "NEXT_LOCALE=en" }, lang: "en-GB" },
    ];
    let hits = 0;
    for (const page of PAGES) {
      for (let round = 0; round < 2; round++) {
        for (const { visitor, lang } of languages) {
          const response = await get(page, visitor);
          expect(response.html).toContain(`<html lang="${lang}"`);
          expect(["hit", "miss"]).toContain(response.cache);
          if (round === 1 && response.cache === "hit") hits++;
        }
      }
    }
    // Most second visits are hits (a scheduled refresh may cost one or two).
    expect(hits).toBeGreaterThan(PAGES.length * languages.length - 4);
  });

  test("RSC, prefetch and HEAD requests and unknown queries are never served from it", async () => {
    await get("/leaderboard");
    const rsc = await get("/leaderboard", { headers: { rsc: "1" } });
    expect(rsc.cache).toBeNull();
    expect(rsc.type).toContain("text/x-component");
    const prefetch = await get("/leaderboard", {
      headers: { rsc: "1", "next-router-prefetch": "1" },
    });
    expect(prefetch.cache).toBeNull();
    expect((await get("/leaderboard", { method: "HEAD" })).cache).toBeNull();
    expect((await get("/leaderboard?utm_source=x")).cache).toBeNull();
    expect((await get("/leaderboard?page=1&page=2")).cache).toBeNull();
    expect((await get(`/leaderboard?q=${"x".repeat(101)}`)).cache).toBeNull();
  });

  test("the query is normalized: the same filters in another order are one page", async () => {
    await get("/leaderboard?period=30d&page=2");
    expect((await get("/leaderboard?page=2&period=30d")).cache).toBe("hit");
  });

  test("a change to public data shows at once", async () => {
    const cai = await signUp("Cai Before");
    await get(`/u/${cai.handle}`);
    const before = await get(`/u/${cai.handle}`);
    expect(before.cache).toBe("hit");
    expect(before.html).toContain("Cai Before");
    const renamed = await fetch(`${server.url}/api/me`, {
      method: "PATCH",
      headers: { cookie: cai.cookie, "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ name: "Cai After" }),
    });
    expect(renamed.status).toBe(200);
    const after = await get(`/u/${cai.handle}`);
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("Cai After");
    expect(after.html).not.toContain("Cai Before");
  });

  test("points awarded show on the cached leaderboard and profile within one refresh", async () => {
    const dan = await signUp("Dan Fresh");
    const board = `/leaderboard?q=${dan.handle}`;
    await get(board);
    expect((await get(board)).html).not.toContain(`href="/u/${dan.handle}"`);
    expect((await award(dan, 37)).status).toBe(201);
    // The leaderboards refresh at most MAX_WAIT_MS (10 s) after a write.
    await waitFor(async () => (await get(board)).html.includes(`href="/u/${dan.handle}"`));
    const shown = await get(board);
    expect(shown.html).toContain(`href="/u/${dan.handle}"`);
    expect(shown.html).toMatch(/>37</);
    expect((await get(`/u/${dan.handle}`)).html).toMatch(/>37</);
  });
});
