/** The page cache's pure parts (docs/decisions/028-public-page-cache.md). */
import { describe, expect, test } from "vitest";
import { pageCacheTarget } from "../../src/server/page-cache/page-cache-target";
import { inlineBoundaries } from "../../src/server/page-cache/inline-boundaries";
import { pageStore, type StoredPage } from "../../src/server/page-cache/page-store";
import { splicePersonal } from "../../src/server/page-cache/splice-personal";
import { nonceOfPolicy, swapNonce } from "../../src/server/page-cache/swap-nonce";
import { personalSlotValues } from "../../src/server/page-cache/personal-slot-values";

const target = (url: string, headers: Record<string, string> = {}, method = "GET") => {
  const parsed = new URL(url, "http://localhost");
  const found = pageCacheTarget({
    method,
    pathname: parsed.pathname,
    searchParams: parsed.searchParams,
    headers: new Headers(headers),
  });
  return found && (found.signedIn ? `signed in ${found.target}` : found.target);
};

describe("which requests the page cache answers", () => {
  test("the public pages, with the leaderboard's query sorted", () => {
    expect(target("/")).toBe("/");
    expect(target("/metrics")).toBe("/metrics");
    expect(target("/u/ada-lovelace")).toBe("/u/ada-lovelace");
    expect(target("/leaderboard?page=3&period=30d&q=ada+l")).toBe(
      "/leaderboard?page=3&period=30d&q=ada+l",
    );
    expect(target("/leaderboard?q=ada&page=3")).toBe(target("/leaderboard?page=3&q=ada"));
    expect(target("/", { cookie: "NEXT_LOCALE=id" })).toBe("/");
  });

  test("a session is noticed: its visitor shares the page, their slots spliced in", () => {
    expect(target("/", { cookie: "leaps_session=abc" })).toBe("signed in /");
    expect(target("/u/ada", { cookie: "NEXT_LOCALE=id; leaps_session=abc" })).toBe(
      "signed in /u/ada",
    );
    expect(target("/leaderboard?q=ada", { cookie: "leaps_session=abc" })).toBe(
      "signed in /leaderboard?q=ada",
    );
  });

  test("never another cookie, an RSC request, another method or page", () => {
    expect(target("/", { cookie: "leaps_session=abc; other=1" })).toBeNull();
    expect(target("/", { cookie: "__session=jwt" })).toBeNull();
    expect(target("/", { rsc: "1" })).toBeNull();
    expect(target("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(target("/", { "next-action": "abc" })).toBeNull();
    expect(target("/", {}, "HEAD")).toBeNull();
    expect(target("/", {}, "POST")).toBeNull();
    expect(target("/dashboard")).toBeNull();
    expect(target("/u/ada/extra")).toBeNull();
    expect(target("/u/a%20b")).toBeNull();
  });

  test("the key space stays bounded: unknown, repeated and long parameters are rendered", () => {
    expect(target("/?utm_source=x")).toBeNull();
    expect(target("/leaderboard?_rsc=abc")).toBeNull();
    expect(target("/leaderboard?page=1&page=2")).toBeNull();
    expect(target(`/leaderboard?q=${"a".repeat(101)}`)).toBeNull();
    expect(target(`/leaderboard?q=${"a".repeat(100)}`)).not.toBeNull();
    expect(target("/metrics?period=30d")).toBeNull();
  });
});

describe("the page store", () => {
  const page = (html: string): StoredPage => ({
    version: "1.1.1",
    storedAt: 0,
    html,
    nonce: "n",
    headers: [],
  });

  test("keeps pages within its byte cap, the least recently used going first", () => {
    const store = pageStore(100);
    store.set("a", page("x".repeat(20)));
    store.set("b", page("y".repeat(20)));
    expect(store.get("a")?.html).toHaveLength(20);
    store.set("c", page("z".repeat(20)));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(100);
    store.set("huge", page("h".repeat(51)));
    expect(store.get("huge")).toBeUndefined();
    expect(store.size).toBe(2);
  });
});

describe("nonces", () => {
  test("every occurrence of the rendered nonce becomes the response's", () => {
    const html = '<script nonce="abc+/=">x</script><link nonce="abc+/="/>"nonce":"abc+/="';
    expect(swapNonce(html, "abc+/=", "NEW")).toBe(
      '<script nonce="NEW">x</script><link nonce="NEW"/>"nonce":"NEW"',
    );
    expect(nonceOfPolicy("script-src 'self' 'nonce-abc+/=' 'strict-dynamic'")).toBe("abc+/=");
    expect(nonceOfPolicy(null)).toBeNull();
  });
});

describe("personal slots", () => {
  const page =
    "<span><!--p:viewer--><!--/p:viewer--></span><b><!--p:name--><!--/p:name--></b>" +
    '<i><!--p:name--><!--/p:name--></i><script>"\\u003c!--p:name--\\u003e"</script>';

  test("a viewer's escaped values go into every occurrence of each slot", () => {
    const values = personalSlotValues({
      name: 'Ada <script>alert("x")</script>',
      email: "ada@example.test",
      role: "ADMIN",
      roleLabel: "Admin",
      emailVerified: false,
    });
    const spliced = splicePersonal(page, values);
    expect(spliced).toContain(
      '<!--p:viewer--><i hidden data-viewer="member" data-viewer-staff="admin" data-viewer-unverified></i><!--/p:viewer-->',
    );
    const name = "Ada &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;";
    expect(spliced.split(name)).toHaveLength(3);
    expect(spliced).not.toContain("<script>alert");
    expect(spliced).toContain('<script>"\\u003c!--p:name--\\u003e"</script>');
  });

  test("nobody: every slot empty", () => {
    expect(splicePersonal(page, personalSlotValues(null))).toBe(page);
    expect(Object.values(personalSlotValues(null)).every((value) => value === "")).toBe(true);
  });
});

describe("streamed boundaries made whole", () => {
  test("each boundary's content takes its fallback's place, nested ones too", () => {
    const streamed =
      '<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main>' +
      '<footer>f</footer><div hidden id="S:0"><div><h1>Board</h1>' +
      '<!--$?--><template id="B:1"></template><p>Loading rows…</p><!--/$--></div></div>' +
      '<script>$RC=function(a,b){};$RC("B:0","S:0")</script>' +
      '<div hidden id="S:1"><ol><li>Ada</li></ol></div><script>$RC("B:1","S:1")</script>';
    expect(inlineBoundaries(streamed)).toBe(
      "<main><!--$--><div><h1>Board</h1><!--$--><ol><li>Ada</li></ol><!--/$--></div><!--/$--></main>" +
        "<footer>f</footer><script>$RC=function(a,b){};</script><script></script>",
    );
  });

  test("a complete document is left alone; a broken one is refused", () => {
    const whole = "<main><!--$--><p>x</p><!--/$--></main>";
    expect(inlineBoundaries(whole)).toBe(whole);
    expect(inlineBoundaries('<main></main><script>$RC("B:0","S:0")</script>')).toBeNull();
  });
});
