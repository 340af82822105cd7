/**
 * The production start, scripts/serve.mjs (docs/decisions/025-processes-and-failover.md),
 * against the real build: graceful shutdown with a request in flight, readiness while
 * draining, one port served by several workers with a crashed one replaced, and PGlite
 * refusing to be clustered. Needs `npm run build` first (CI runs it after the browser
 * tests, reusing their build): `npm run test:server`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  adminQuery,
  APP_ROLE,
  appRoleUrl,
  testPostgresUrl,
  withDatabaseName,
} from "../helpers/test-engine";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_PORT = Number(process.env.SERVE_TEST_PORT ?? 3171);

interface Started {
  child: ChildProcess;
  url: string;
  lines: () => { event?: string; pid?: number }[];
  exited: Promise<number | null>;
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
});

function start(port: number, env: Record<string, string>): Started {
  const child = spawn(
    process.execPath,
    ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "info", COOKIE_SECURE: "false", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const lines = () =>
    output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => {
        try {
          return JSON.parse(line) as { event?: string; pid?: number };
        } catch {
          return {};
        }
      });
  return { child, url: `http://127.0.0.1:${port}`, lines, exited };
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ready = (server: Started) =>
  waitFor(
    async () => (await fetch(`${server.url}/api/health?probe=ready`)).status === 200,
    "readiness",
  );

describe("one process on PGlite", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-serve-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test("SIGTERM: the in-flight request is answered, jobs stop, the pool closes, exit 0", async () => {
    const server = start(BASE_PORT, { DATA_DIR: dataDir, DATABASE_URL: "" });
    try {
      await ready(server);
      expect((await fetch(`${server.url}/api/health?probe=live`)).status).toBe(200);
      // A slow request: the body arrives in two halves, with SIGTERM in between.
      const body = JSON.stringify({ email: "nobody@example.test", password: "not the password" });
      const answered = new Promise<number>((resolve, reject) => {
        const request = http.request(`${server.url}/api/auth/sign-in`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            origin: server.url,
          },
        });
        request.on("response", (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
        request.write(body.slice(0, 10));
        setTimeout(() => {
          server.child.kill("SIGTERM");
          setTimeout(() => request.end(body.slice(10)), 700);
        }, 300);
      });
      const status = await answered;
      // The app's own answer to a wrong password, not a cut connection or a 503.
      expect(status).toBe(401);
      expect(await server.exited).toBe(0);
      const events = server.lines().map((line) => line.event);
      expect(events).toContain("serve.draining");
      const order = ["jobs.stopped", "database.closed", "serve.stopped"].map((event) =>
        events.indexOf(event),
      );
      expect(order.every((index) => index >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    } finally {
      server.child.kill("SIGKILL");
    }
  });

  test("WEB_CONCURRENCY=2 without PostgreSQL is refused with a clear message", async () => {
    const server = start(BASE_PORT + 1, {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      WEB_CONCURRENCY: "2",
    });
    expect(await server.exited).toBe(1);
    const refused = server.lines().find((line) => line.event === "serve.refused") as
      { message?: string } | undefined;
    expect(refused?.message).toMatch(/PGlite database can be opened by one process only/);
  });
});

describe("a cluster on PostgreSQL", () => {
  let url: string;
  const name = `leaps_serve_${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    // `npm run test:server` is opt-in (CI runs it with DATABASE_URL): fail, never skip.
    const admin = testPostgresUrl();
    if (!admin) throw new Error("npm run test:server needs DATABASE_URL or TEST_DATABASE_URL");
    await adminQuery(admin, `CREATE DATABASE "${name}" OWNER ${APP_ROLE}`);
    url = withDatabaseName(await appRoleUrl(admin), name);
  });
  afterAll(async () => {
    const admin = testPostgresUrl();
    if (admin) await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  test("two workers on one port; a killed worker is replaced; SIGTERM stops all, exit 0", async () => {
    const server = start(BASE_PORT + 2, { DATABASE_URL: url, WEB_CONCURRENCY: "2" });
    const workers = () =>
      new Set(
        server
          .lines()
          .filter((line) => line.event === "serve.ready")
          .map((line) => line.pid),
      );
    try {
      await waitFor(() => workers().size === 2, "two workers");
      await ready(server);
      const first = [...workers()][0]!;
      process.kill(first, "SIGKILL");
      await waitFor(() => workers().size === 3, "a replacement worker");
      expect(server.lines().some((line) => line.event === "serve.worker-died")).toBe(true);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => fetch(`${server.url}/api/health`).then((r) => r.status)),
      );
      expect(answers).toEqual(Array(20).fill(200));
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      const stopped = server.lines().filter((line) => line.event === "database.closed");
      expect(stopped).toHaveLength(2);
    } finally {
      server.child.kill("SIGKILL");
      for (const pid of workers()) {
        try {
          process.kill(pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  });
});
