/**
 * Serverless deployments (README, "Serverless and poolers"): the cron endpoints answer
 * Vercel Cron's GET as well as POST, BACKGROUND_JOBS=false starts no jobs, and the start-up
 * check speaks up about NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { GET as uploadsCron } from "../../src/app/api/cron/delete-stale-uploads/route";
import {
  GET as leaderboardsCron,
  POST as leaderboardsCronPost,
} from "../../src/app/api/cron/refresh-leaderboards/route";
import { checkConfiguration } from "../../src/server/config/check-configuration";
import { privileged } from "../../src/server/db/privileged";
import { queryRows } from "../../src/server/db/query-rows";
import { startBackgroundJobs } from "../../src/server/jobs/start-background-jobs";
import { signUp } from "../helpers/accounts";
import { uploadKey } from "../helpers/evidence";
import { call } from "../helpers/http";
import { setupTestDatabase } from "../helpers/test-database";

const database = setupTestDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-serverless-"));
const SECRET = "cron-secret-for-vercel-0123";
let owner: Awaited<ReturnType<typeof signUp>>;

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  process.env.CRON_SECRET = SECRET;
  owner = await signUp("Vera Vercel");
});
afterAll(() => {
  delete process.env.DATA_DIR;
  delete process.env.CRON_SECRET;
  rmSync(dataDir, { recursive: true, force: true });
});

/** An upload never attached, 25 hours old: what the hourly cleanup removes. */
async function staleUpload(): Promise<string> {
  const key = await uploadKey(owner.cookie);
  await privileged({ system: "test" }, (tx) =>
    tx.execute(sql`UPDATE uploads SET created_at = now() - interval '25 hours' WHERE key = ${key}`),
  );
  return key;
}
const uploadExists = async (key: string) =>
  (
    await queryRows<{ n: number }>(
      database(),
      sql`SELECT count(*)::int AS n FROM uploads WHERE key = ${key}`,
    )
  )[0]!.n === 1;

describe("cron endpoints accept GET, as Vercel Cron sends it", () => {
  const cron = (handler: typeof leaderboardsCron, url: string, authorization?: string) =>
    call(handler, "GET", url, { headers: authorization ? { authorization } : {} });

  test("GET /api/cron/refresh-leaderboards: 401 without the secret, 200 with it", async () => {
    const url = "/api/cron/refresh-leaderboards";
    expect((await cron(leaderboardsCron, url)).status).toBe(401);
    expect((await cron(leaderboardsCron, url, "Bearer wrong")).status).toBe(401);
    const ok = await cron(leaderboardsCron, url, `Bearer ${SECRET}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ refreshed: true });
    expect(leaderboardsCronPost).toBe(leaderboardsCron);
  });

  test("GET /api/cron/delete-stale-uploads: 401 without the secret, 200 with it and the upload is gone", async () => {
    const url = "/api/cron/delete-stale-uploads";
    const key = await staleUpload();
    expect((await cron(uploadsCron, url)).status).toBe(401);
    expect(await uploadExists(key)).toBe(true);
    const ok = await cron(uploadsCron, url, `Bearer ${SECRET}`);
    expect(ok.status).toBe(200);
    expect(ok.body.deleted).toBeGreaterThanOrEqual(1);
    expect(await uploadExists(key)).toBe(false);
  });

  test("503 when CRON_SECRET is not configured", async () => {
    delete process.env.CRON_SECRET;
    try {
      const response = await cron(
        uploadsCron,
        "/api/cron/delete-stale-uploads",
        `Bearer ${SECRET}`,
      );
      expect(response.status).toBe(503);
    } finally {
      process.env.CRON_SECRET = SECRET;
    }
  });
});

describe("BACKGROUND_JOBS", () => {
  afterEach(() => {
    delete process.env.BACKGROUND_JOBS;
  });

  test('"false": nothing starts, so a stale upload stays for the scheduler', async () => {
    process.env.BACKGROUND_JOBS = "false";
    const key = await staleUpload();
    expect(startBackgroundJobs()).toBe(false);
    expect(await uploadExists(key)).toBe(true);
  });
});

describe("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at start", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  function startUpLog(env: Record<string, string | undefined>): string {
    Object.assign(process.env, { LOG_LEVEL: "info", NODE_ENV: "production", ...env });
    if (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY === undefined) {
      delete process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
    }
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    checkConfiguration();
    return lines.filter((line) => line.includes("config.server-actions-key")).join("");
  }

  test("unset in production: a warning, not a crash", () => {
    const log = startUpLog({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined });
    expect(JSON.parse(log)).toMatchObject({ level: "warn", event: "config.server-actions-key" });
  });

  test.each([
    ["not base64", "too-short!"],
    ["base64 of 20 bytes (no AES key size)", randomBytes(20).toString("base64")],
    ["base64 without its padding", randomBytes(32).toString("base64").replace(/=+$/, "")],
  ])("%s: an error naming the expected format", (_name, key) => {
    const log = startUpLog({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key });
    expect(JSON.parse(log)).toMatchObject({
      level: "error",
      message: expect.stringMatching(/base64 of 16, 24 or 32 bytes/),
    });
  });

  test.each([16, 24, 32])("a valid AES key of %i bytes: nothing to say", (bytes) => {
    const key = randomBytes(bytes).toString("base64");
    expect(startUpLog({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toBe("");
  });
});
