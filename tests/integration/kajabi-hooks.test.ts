/**
 * `npm run kajabi:hooks -- list|register|remove` (docs/product.md §6) against a local peer
 * speaking Kajabi's API over HTTP: credentials, idempotent registration, only our hooks
 * touched, errors an operator can act on.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { openKajabiApi } from "../../src/server/kajabi/kajabi-api/open-kajabi-api";
import { runKajabiHooksCommand } from "../../src/server/kajabi/kajabi-api/run-kajabi-hooks-command";
import { startKajabiApiPeer } from "../helpers/kajabi-api-peer";
import { KAJABI_TOKEN } from "../helpers/kajabi-sender";

const CLIENT = { clientId: "leaps-client-id", clientSecret: "leaps-client-secret" };
const APP_URL = "https://leaps.example.org";
const TARGET = `${APP_URL}/api/kajabi/webhook?token=${KAJABI_TOKEN}`;
const VARIABLES = [
  "KAJABI_API_URL",
  "KAJABI_CLIENT_ID",
  "KAJABI_CLIENT_SECRET",
  "KAJABI_WEBHOOK_TOKEN",
  "KAJABI_SITE_ID",
  "APP_URL",
];

let peer: Awaited<ReturnType<typeof startKajabiApiPeer>>;

beforeAll(async () => {
  peer = await startKajabiApiPeer(CLIENT);
});
afterAll(() => peer.close());
beforeEach(() => {
  peer.hooks.length = 0;
  peer.requests.length = 0;
  Object.assign(process.env, {
    KAJABI_API_URL: peer.url,
    KAJABI_CLIENT_ID: CLIENT.clientId,
    KAJABI_CLIENT_SECRET: CLIENT.clientSecret,
    KAJABI_WEBHOOK_TOKEN: KAJABI_TOKEN,
    APP_URL,
  });
});
afterEach(() => {
  for (const name of VARIABLES) delete process.env[name];
});

async function run(command: string | undefined) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKajabiHooksCommand(command, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

const foreignHook = (event = "purchase") => ({
  id: `f-${peer.hooks.length}`,
  event,
  target_url: "https://zapier.example/hooks/catch/1",
  site_id: "2",
});

describe("credentials", () => {
  test("client credentials are exchanged for a bearer token, form-encoded", async () => {
    const session = await openKajabiApi({ baseUrl: peer.url, ...CLIENT });
    expect(session.accessToken).toMatch(/^peer-access-/);
    const [tokenRequest] = peer.requests;
    expect(tokenRequest).toMatchObject({
      method: "POST",
      path: "/v1/oauth/token",
      contentType: expect.stringContaining("application/x-www-form-urlencoded"),
    });
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body as string))).toEqual({
      grant_type: "client_credentials",
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    });
  });

  test("a wrong secret: a clear message and exit code 1, nothing else asked", async () => {
    process.env.KAJABI_CLIENT_SECRET = "wrong";
    const result = await run("register");
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toMatch(
      /Kajabi refused the API credentials \(HTTP 401: invalid_client\)/,
    );
    expect(result.err.join("\n")).toContain("KAJABI_CLIENT_SECRET");
    expect(peer.requests.map((r) => r.path)).toEqual(["/v1/oauth/token"]);
    expect(peer.hooks).toEqual([]);
  });

  test("the script itself exits 1 with that message", async () => {
    const failure = await promisify(execFile)(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/kajabi/hooks.ts", "list"],
      { env: { ...process.env, KAJABI_CLIENT_SECRET: "wrong" } },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain("Kajabi refused the API credentials");
  });

  test("missing settings are named before anything is sent", async () => {
    delete process.env.KAJABI_CLIENT_ID;
    delete process.env.APP_URL;
    const result = await run("register");
    expect(result).toMatchObject({ code: 1 });
    expect(result.err[0]).toContain("KAJABI_CLIENT_ID, APP_URL");
    expect(peer.requests).toEqual([]);
  });

  test("an unknown command prints the usage: exit code 64", async () => {
    expect(await run("purge")).toMatchObject({
      code: 64,
      err: [expect.stringContaining("list|register|remove")],
    });
  });
});

describe("register", () => {
  test("creates tag_added and tag_removed hooks at APP_URL with the token, once however often it runs", async () => {
    const foreign = foreignHook();
    peer.hooks.push(foreign);
    const first = await run("register");
    expect(first.code).toBe(0);
    expect(first.out.map((line) => line.split(/\s+/)[0])).toEqual(["created", "created"]);
    expect(peer.hooks).toEqual([
      foreign,
      { id: expect.any(String), event: "tag_added", target_url: TARGET, site_id: "2" },
      { id: expect.any(String), event: "tag_removed", target_url: TARGET, site_id: "2" },
    ]);
    const create = peer.requests.find((r) => r.method === "POST" && r.path === "/v1/hooks")!;
    expect(create.contentType).toContain("application/vnd.api+json");
    expect(create.body).toEqual({
      data: {
        type: "hooks",
        attributes: { event: "tag_added", target_url: TARGET },
        relationships: { site: { data: { id: "2", type: "sites" } } },
      },
    });

    const again = await run("register");
    expect(again.out.map((line) => line.split(/\s+/)[0])).toEqual(["kept", "kept"]);
    expect(peer.hooks).toHaveLength(3);
    expect(again.out.join("\n")).not.toContain(KAJABI_TOKEN);
  });

  test("a new token replaces our old hooks (and a duplicate); hooks of other apps stay", async () => {
    const old = `${APP_URL}/api/kajabi/webhook?token=an-old-token-that-was-rotated-away-0000`;
    peer.hooks.push(
      foreignHook("tag_added"),
      { id: "7", event: "tag_added", target_url: old, site_id: "2" },
      { id: "8", event: "tag_added", target_url: TARGET, site_id: "2" },
      { id: "9", event: "tag_added", target_url: TARGET, site_id: "2" },
    );
    const result = await run("register");
    expect(result.code).toBe(0);
    expect(peer.hooks.map((hook) => [hook.event, hook.target_url])).toEqual([
      ["tag_added", "https://zapier.example/hooks/catch/1"],
      ["tag_added", TARGET],
      ["tag_removed", TARGET],
    ]);
    expect(peer.hooks[1]!.id).toBe("8");
  });

  test("several sites: KAJABI_SITE_ID chooses, and without it the operator is told to set it", async () => {
    const multi = await startKajabiApiPeer({
      ...CLIENT,
      sites: [
        { id: "11", title: "Academy" },
        { id: "12", title: "Shop" },
      ],
    });
    try {
      process.env.KAJABI_API_URL = multi.url;
      const unsure = await run("register");
      expect(unsure.code).toBe(1);
      expect(unsure.err[0]).toMatch(/several sites: 11 \(Academy\), 12 \(Shop\).*KAJABI_SITE_ID/);
      expect(multi.hooks).toEqual([]);
      process.env.KAJABI_SITE_ID = "12";
      expect((await run("register")).code).toBe(0);
      expect(multi.hooks.map((hook) => hook.site_id)).toEqual(["12", "12"]);
    } finally {
      await multi.close();
    }
  });
});

describe("list and remove", () => {
  test("list reads every page, marks our hooks and never prints the token", async () => {
    peer.hooks.push(foreignHook(), foreignHook("order_created"), foreignHook("form_submission"));
    await run("register");
    const result = await run("list");
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(5);
    expect(result.out.filter((line) => line.endsWith("(this app)"))).toHaveLength(2);
    expect(result.out.join("\n")).toContain(`${APP_URL}/api/kajabi/webhook?token=…`);
    expect(result.out.join("\n")).not.toContain(KAJABI_TOKEN);
    expect(peer.requests.filter((r) => r.path.startsWith("/v1/hooks?")).length).toBeGreaterThan(2);
  });

  test("remove deletes only this app's hooks; a second run has nothing to do", async () => {
    peer.hooks.push(foreignHook("tag_added"));
    await run("register");
    const removed = await run("remove");
    expect(removed.code).toBe(0);
    expect(removed.out).toHaveLength(2);
    expect(peer.hooks.map((hook) => hook.id)).toEqual(["f-0"]);
    expect((await run("remove")).out).toEqual(["No hooks of this app to remove."]);
  });
});
