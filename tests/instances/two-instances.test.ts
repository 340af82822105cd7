/**
 * Two production servers (`next start`) on one fresh PostgreSQL database with S3 storage
 * (s3rver), as docs/product.md §12 promises any number of instances can run
 * (docs/decisions/024-s3-storage.md). Run by `npm run test:instances` (CI: after the browser
 * tests, reusing their build in .next; without one it builds first). Needs PostgreSQL as a
 * superuser (it creates the database, and reads it around RLS): TEST_DATABASE_URL/DATABASE_URL,
 * else 127.0.0.1:5432 as postgres; without one reachable it fails, saying so.
 */
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { s3StorageDriver } from "../../src/server/storage/s3-storage-driver";
import { hasProductionBuild, startAppServer, type RunningAppServer } from "../helpers/app-server";
import { startS3Peer, type RunningS3Peer } from "../helpers/s3-peer";
import {
  adminQuery,
  APP_ROLE,
  appRoleUrl,
  testPostgresUrl,
  withDatabaseName,
} from "../helpers/test-engine";

const serverUrl = testPostgresUrl() ?? "postgres://postgres@127.0.0.1:5432/postgres";
// An opt-in suite (not part of `npm test`): without PostgreSQL it fails, saying why.
await adminQuery(serverUrl, "SELECT 1").catch((error: unknown) => {
  throw new Error(`npm run test:instances needs PostgreSQL at ${serverUrl}: ${String(error)}`);
});

const PASSWORD = "correct horse battery";
// The ports of this test (3163, 3164); another run on the same machine would collide.
const PORTS = [3163, 3164] as const;
const EDUCATORS = 60;
const PRESENT_POINTS = 20;

const name = `leaps_instances_${randomBytes(4).toString("hex")}`;
let appUrl: string;
let s3: RunningS3Peer;
let dataDir: string;
let a: RunningAppServer;
let b: RunningAppServer;
let db: pg.Pool;

/** A JSON request to one server; the session cookie, when given, goes along. */
async function api(
  server: RunningAppServer,
  method: string,
  url: string,
  cookie = "",
  body?: unknown,
) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const cookieHeader = response.headers.get("set-cookie")?.split(";")[0] ?? "";
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- asserted field by field
  const json: any =
    text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  return { status: response.status, body: json, cookie: cookieHeader };
}

async function signUp(server: RunningAppServer, label: string) {
  const email = `${label}-${randomBytes(4).toString("hex")}@example.test`;
  const response = await api(server, "POST", "/api/auth/sign-up", "", {
    email,
    password: PASSWORD,
    name: `${label} ${randomBytes(2).toString("hex")}`,
  });
  if (response.status !== 201) throw new Error(`sign-up: ${JSON.stringify(response.body)}`);
  return {
    email,
    cookie: response.cookie,
    user: response.body.user as { id: string; name: string },
  };
}

async function present(server: RunningAppServer, cookie: string): Promise<string> {
  const response = await api(server, "POST", "/api/submissions", cookie, {
    activity: "PRESENT",
    payload: { linkedinUrl: "https://www.linkedin.com/posts/x", caption: "Our class used AI!" },
  });
  if (response.status !== 201) throw new Error(`submit: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

const versionOf = async (server: RunningAppServer, cookie: string, id: string) =>
  (await api(server, "GET", `/api/admin/submissions/${id}`, cookie)).body.version as string;

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

describe("two production servers, one PostgreSQL, one S3 bucket", () => {
  let admin: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    if (!hasProductionBuild()) execSync("npm run build", { stdio: "inherit" });
    appUrl = withDatabaseName(await appRoleUrl(serverUrl), name);
    await adminQuery(serverUrl, `CREATE DATABASE "${name}" OWNER ${APP_ROLE}`);
    db = new pg.Pool({ connectionString: withDatabaseName(serverUrl, name), max: 2 });
    s3 = await startS3Peer();
    dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-instances-"));
    const env = {
      ...s3.env,
      DATABASE_URL: appUrl,
      DATA_DIR: dataDir,
      COOKIE_SECURE: "false",
      SIGN_UP_LIMIT_PER_HOUR: "100000",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      LOG_LEVEL: "error",
    };
    // Both start (and migrate) at once, as a rolling deploy's first two instances would.
    const started = await Promise.allSettled(PORTS.map((port) => startAppServer(port, env)));
    const [first, second] = started.map((result) =>
      result.status === "fulfilled" ? result.value : undefined,
    );
    a = first!;
    b = second!;
    // A server that did start is stopped by afterAll; the other's failure is the error.
    for (const result of started) if (result.status === "rejected") throw result.reason;
    admin = await signUp(a, "admin"); // the first account: SUPERADMIN, so a reviewer too
  }, 600_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await s3?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  test("a session made on one server works on the other; signing out on one ends it on both", async () => {
    const person = await signUp(a, "session");
    const me = await api(b, "GET", "/api/me", person.cookie);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(person.user.id);
    expect((await api(b, "POST", "/api/auth/sign-out", person.cookie)).status).toBeLessThan(300);
    expect((await api(a, "GET", "/api/me", person.cookie)).status).toBe(401);
  });

  test("a file uploaded through one server is read through the other (whole, a range), kept in the bucket", async () => {
    const owner = await signUp(a, "uploader");
    const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2 * 1024 * 1024)]);
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes)], "certificate.pdf"));
    const uploaded = await fetch(`${a.url}/api/uploads`, {
      method: "POST",
      headers: { cookie: owner.cookie },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { key } = (await uploaded.json()) as { key: string };

    const read = await fetch(`${b.url}/api/files/${key}`, { headers: { cookie: owner.cookie } });
    expect(read.status).toBe(200);
    expect(read.headers.get("content-type")).toBe("application/pdf");
    // No Content-Length here: Next.js 16 drops it from every route handler's response and
    // sends chunked (send-response.js, FORBIDDEN_HEADERS); the handler's own header is
    // checked in tests/integration/storage-contract.test.ts.
    expect(Buffer.from(await read.arrayBuffer()).equals(bytes)).toBe(true);

    const range = await fetch(`${b.url}/api/files/${key}`, {
      headers: { cookie: owner.cookie, range: "bytes=100-199" },
    });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await range.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    // Private evidence: a visitor on either server gets 404, and the object is in the bucket.
    expect((await fetch(`${b.url}/api/files/${key}`)).status).toBe(404);
    const bucket = s3StorageDriver({
      bucket: s3.env.S3_BUCKET!,
      region: s3.env.S3_REGION!,
      endpoint: s3.env.S3_ENDPOINT,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      forcePathStyle: true,
    });
    expect(await bucket.head(key)).toEqual({ size: bytes.length });
  });

  test("sign-in failures count across servers: the 6th wrong password is refused wherever it lands", async () => {
    const person = await signUp(b, "guessed");
    const attempt = (server: RunningAppServer) =>
      api(server, "POST", "/api/auth/sign-in", "", {
        email: person.email,
        password: "wrong guess!",
      });
    const statuses: number[] = [];
    for (const server of [a, b, a, b, a, b, a]) statuses.push((await attempt(server)).status);
    // Five free failures in all (not five per server), then 429 on both.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  test("an approval through one server is on the other's leaderboard within the refresh interval", async () => {
    const educator = await signUp(b, "climber");
    const id = await present(b, educator.cookie);
    const approved = await api(a, "POST", `/api/admin/submissions/${id}/review`, admin.cookie, {
      action: "approve",
      version: await versionOf(a, admin.cookie, id),
    });
    expect(approved.status).toBe(200);
    const started = Date.now();
    let seen: { points: number } | undefined;
    while (!seen && Date.now() - started < 20_000) {
      const board = await api(
        b,
        "GET",
        `/api/leaderboard?q=${encodeURIComponent(educator.user.name)}`,
      );
      seen = (board.body.items as { handle: string; points: number; name: string }[]).find(
        (item) => item.name === educator.user.name,
      );
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const lag = Date.now() - started;
    process.stdout.write(`leaderboard: approval on A visible on B after ${lag} ms\n`);
    expect(seen?.points).toBe(PRESENT_POINTS);
    // Refreshes wait for 2 s of quiet, at most 10 s (leaderboard-refresher.ts), ticking each second.
    expect(lag).toBeLessThan(12_000);
  });

  test("SIGKILL of one server under approval load loses nothing; retries through the other complete", async () => {
    const educators: { cookie: string }[] = [];
    await inParallel(
      Array.from({ length: EDUCATORS }, (_, i) => i),
      4,
      async (i) => void educators.push(await signUp(i % 2 ? a : b, "loaded")),
    );
    const ids: string[] = [];
    await inParallel(
      educators,
      6,
      async (educator) => void ids.push(await present(b, educator.cookie)),
    );
    const versions = new Map<string, string>();
    await inParallel(
      ids,
      6,
      async (id) => void versions.set(id, await versionOf(b, admin.cookie, id)),
    );

    // 12 reviewers' worth of approvals at once through A; A dies after the 20th answer, the
    // rest go to B as a load balancer would send them. Failed requests are remembered.
    let answered = 0;
    let killedAt = 0;
    let killing: Promise<void> | undefined;
    const failed: string[] = [];
    const sent = { a: 0, b: 0 };
    await inParallel([...ids], 12, async (id) => {
      const server = killedAt ? b : a;
      sent[server === a ? "a" : "b"]++;
      try {
        const response = await api(
          server,
          "POST",
          `/api/admin/submissions/${id}/review`,
          admin.cookie,
          {
            action: "approve",
            version: versions.get(id),
          },
        );
        if (response.status !== 200) failed.push(id);
      } catch {
        failed.push(id); // the connection died with the server
      }
      if (++answered === 20 && !killedAt) {
        killedAt = Date.now();
        killing = a.kill();
      }
    });
    await killing;
    const failuresDuringKill = failed.length;

    // Right after the kill, every submission is all-or-nothing.
    const states = async () =>
      (
        await db.query<{ id: string; status: string; rows: number }>(
          `SELECT s.id, s.status, count(l.id)::int AS rows
           FROM submissions s LEFT JOIN points_ledger l ON l.external_event_id = 'submission:' || s.id || ':approved'
           WHERE s.id = ANY($1) GROUP BY s.id, s.status`,
          [ids],
        )
      ).rows;
    for (const state of await states()) {
      expect([`${state.status}:${state.rows}`]).toContain(
        state.status === "APPROVED" ? "APPROVED:1" : "PENDING:0",
      );
    }

    // Retried through B: each either approves now, or was approved before A died (409).
    const retried = { approved: 0, alreadyApproved: 0 };
    for (const id of failed) {
      const response = await api(b, "POST", `/api/admin/submissions/${id}/review`, admin.cookie, {
        action: "approve",
        version: versions.get(id),
      });
      expect([200, 409]).toContain(response.status);
      retried[response.status === 200 ? "approved" : "alreadyApproved"]++;
    }
    const converged = Date.now() - killedAt;
    const final = await states();
    expect(final.map((state) => `${state.status}:${state.rows}`)).toEqual(
      Array.from({ length: EDUCATORS }, () => "APPROVED:1"),
    );
    const sum = await db.query<{ total: number }>(
      `SELECT coalesce(sum(delta_points), 0)::int AS total FROM points_ledger
       WHERE external_event_id = ANY($1)`,
      [ids.map((id) => `submission:${id}:approved`)],
    );
    expect(sum.rows[0]!.total).toBe(EDUCATORS * PRESENT_POINTS);
    expect(failuresDuringKill).toBeGreaterThan(0);
    process.stdout.write(
      `kill test: ${ids.length} approvals (${sent.a} to A, ${sent.b} to B), ` +
        `${failuresDuringKill} failed during the SIGKILL, retried through B: ${retried.approved} ` +
        `approved then, ${retried.alreadyApproved} already approved by A before it died (409); ` +
        `converged ${converged} ms after the kill; ledger sum ${sum.rows[0]!.total}\n`,
    );
  });
});
