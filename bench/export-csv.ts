/**
 * The points-ledger CSV export at scale: seeds 1,000,000 ledger rows on a fresh PostgreSQL
 * database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/leaps_bench_export)
 * and downloads `/api/admin/exports/points.csv` as a signed-in admin, reading the stream
 * as a browser would. With a production build (.next/BUILD_ID) it goes through `next start`
 * and samples that server's resident memory; without one it calls the route handler in
 * this process and samples its own (a `next build` is slow on a small machine).
 * `npm run bench:export` prints rows/s and peak RSS and writes bench/results/export.json.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startServer } from "./lib/start-server";
import { freshPostgresDatabase } from "./lib/fresh-postgres-database";

const LEDGER_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);
const USERS = 5_000;
const PORT = 3420;
const url =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench_export";
const viaServer = existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));

const seed = [
  `INSERT INTO users (id, handle, name, email, cohort)
    SELECT 'user_bench_' || i, 'bench-' || i, 'Bench "Educator", No. ' || i,
      'bench-' || i || '@example.test', 'cohort-' || (i % 4)
    FROM generate_series(1, ${USERS}) AS i`,
  `INSERT INTO points_ledger (user_id, activity_code, source, delta_points, external_source,
      external_event_id, created_at)
    SELECT 'user_bench_' || (1 + i % ${USERS}),
      (ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'])[1 + i % 5], 'MANUAL',
      CASE WHEN i % 50 = 0 THEN -5 ELSE 10 END, 'admin', 'manual:bench-' || i,
      timestamptz '2025-01-01 00:00:00+00' + (i / 4) * interval '1 second'
    FROM generate_series(1, ${LEDGER_ROWS}) AS i`,
  // Ten rows on a day of their own: the small export that memory is compared with.
  `INSERT INTO points_ledger (user_id, activity_code, source, delta_points, created_at)
    SELECT 'user_bench_' || i, 'LEARN', 'MANUAL', 1, timestamptz '2024-06-01 12:00:00+00'
    FROM generate_series(1, 10) AS i`,
  "ANALYZE",
];

async function prepareDatabase(): Promise<() => Promise<void>> {
  const { drop } = await freshPostgresDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  for (const statement of seed) await client.query(statement);
  console.log(
    `seeded ${LEDGER_ROWS} ledger rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await client.end();
  return drop;
}

/** Resident memory in bytes of a process and its descendants (the server is a child of npx). */
function treeRss(pid: number): number {
  const output = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" });
  const rows = output
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const members = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of rows) {
      if (members.has(parent) && !members.has(child)) grew = members.add(child).size > 0;
    }
  }
  return rows
    .filter(([child]) => members.has(child))
    .reduce((sum, [, , rss]) => sum + rss * 1024, 0);
}

interface Target {
  fetch(pathAndQuery: string, cookie?: string, body?: unknown): Promise<Response>;
  rss(): number;
  stop(): Promise<void>;
}

async function inProcess(): Promise<Target> {
  process.env.DATABASE_URL = url;
  const { POST: signUp } = await import("../src/app/api/auth/sign-up/route");
  const { GET: exportCsv } = await import("../src/app/api/admin/exports/[file]/route");
  const { closeDatabase } = await import("../src/server/db/get-database");
  return {
    async fetch(pathAndQuery, cookie, body) {
      const request = new Request(`http://localhost:3000${pathAndQuery}`, {
        method: body ? "POST" : "GET",
        headers: { "content-type": "application/json", ...(cookie && { cookie }) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (body) return signUp(request, { params: Promise.resolve({}) });
      const file = pathAndQuery.split("/").at(-1)!.split("?")[0]!;
      return exportCsv(request, { params: Promise.resolve({ file }) });
    },
    rss: () => process.memoryUsage().rss,
    stop: closeDatabase,
  };
}

async function throughServer(): Promise<Target> {
  const server = await startServer(PORT, { DATABASE_URL: url });
  const { pid } = server;
  return {
    fetch: (pathAndQuery, cookie, body) =>
      fetch(`${server.url}${pathAndQuery}`, {
        method: body ? "POST" : "GET",
        headers: { "content-type": "application/json", ...(cookie && { cookie }) },
        body: body ? JSON.stringify(body) : undefined,
      }),
    rss: () => treeRss(pid),
    stop: server.stop,
  };
}

const dropDatabase = await prepareDatabase();
const target = viaServer ? await throughServer() : await inProcess();
// The first account of a fresh database is its SUPERADMIN.
const signedUp = await target.fetch("/api/auth/sign-up", undefined, {
  email: "bench-admin@example.test",
  password: "correct horse battery",
  name: "Bench Admin",
});
const cookie = signedUp.headers.get("set-cookie")!.split(";")[0]!;

async function download(query: string) {
  const rssAtStart = target.rss();
  let peakRss = rssAtStart;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, target.rss())), 100);
  const started = performance.now();
  const response = await target.fetch(`/api/admin/exports/points.csv${query}`, cookie);
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, target.rss());
  return {
    rows: lines - 1,
    bytes,
    seconds,
    rssAtStartMb: rssAtStart / 2 ** 20,
    peakRssMb: peakRss / 2 ** 20,
  };
}

const MB = (n: number) => Math.round(n * 10) / 10;
const small = await download("?from=2024-06-01&to=2024-06-01");
const full = await download("");
await target.stop();
await dropDatabase();

const result = {
  mode: viaServer ? "next start (production build)" : "route handler in-process (no .next build)",
  database: "postgresql",
  ledgerRows: LEDGER_ROWS,
  small: { rows: small.rows, peakRssMb: MB(small.peakRssMb) },
  full: {
    rows: full.rows,
    megabytes: MB(full.bytes / 2 ** 20),
    seconds: Math.round(full.seconds * 100) / 100,
    rowsPerSecond: Math.round(full.rows / full.seconds),
    rssAtStartMb: MB(full.rssAtStartMb),
    peakRssMb: MB(full.peakRssMb),
  },
};
console.table({ small: result.small, full: result.full });
if (small.rows !== 10 || full.rows !== LEDGER_ROWS + 10)
  throw new Error(`unexpected row counts ${small.rows}, ${full.rows}`);
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/export.json", `${JSON.stringify(result, null, 2)}\n`);
