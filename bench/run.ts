/**
 * `npm run bench`: the public face at programme scale (issue 6). Generates a synthetic
 * programme in a fresh PostgreSQL database (100,000 participants, 1,000,000 ledger rows,
 * 300,000 submissions), times refresh_leaderboards(), starts the production server and
 * loads each public endpoint with autocannon (50 connections), printing requests/s,
 * p50 and p99 and each as a ratio to /api/health measured in the same run. Writes
 * bench/results/latest.json (or latest-embedded.json). On PostgreSQL it then compares
 * /api/health, /api/leaderboard and /leaderboard through `npm start` with one process vs
 * one per core (bench/lib/compare-processes.ts). Then the HTML pages (bench/lib/measure-pages.ts):
 * anonymous and signed in, as ratios to a fresh /api/health figure, with their transferred
 * bytes and first-load JavaScript.
 *   npm run bench                   PostgreSQL (BENCH_DATABASE_URL, default …/leaps_bench)
 *   npm run bench -- --embedded     PGlite, 10,000 participants
 *   BENCH_SECONDS=10                seconds per endpoint (default 8); BENCH_PORT (default 3420)
 * Then the mail outbox figures (bench/mail.ts → bench/results/mail[-embedded].json).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "../src/server/db/migrate-database";
import { openDatabase } from "../src/server/db/open-database";
import { queryRows } from "../src/server/db/query-rows";
import type { Database } from "../src/server/db/types";
import { programmeStatements } from "./lib/generate-programme";
import { runMailBenchmark } from "./mail";
import { compareProcesses } from "./lib/compare-processes";
import { measureEndpoint, type EndpointFigures } from "./lib/measure-endpoint";
import { measurePages } from "./lib/measure-pages";
import { signUpVisitor } from "./lib/sign-up-visitor";
import { startServer } from "./lib/start-server";

const embedded = process.argv.includes("--embedded");
const size = embedded
  ? { participants: 10_000, ledgerRows: 100_000, submissions: 30_000 }
  : { participants: 100_000, ledgerRows: 1_000_000, submissions: 300_000 };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3420);

async function execute(database: Database, statement: string): Promise<void> {
  await queryRows(database, statement);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

async function prepare(): Promise<{
  database: Database;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}> {
  if (embedded) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "leaps-bench-"));
    const database = await openDatabase({
      engine: "pglite",
      dataDir: path.join(dataDir, "pglite"),
    });
    return {
      database,
      env: { DATA_DIR: dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench";
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const database = await openDatabase({ engine: "postgres", url });
  return {
    database,
    env: { DATABASE_URL: url },
    cleanup: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { database, env, cleanup } = await prepare();
await migrateDatabase(database);
console.log(
  `Generating ${size.participants} participants, ${size.ledgerRows} ledger rows, ${size.submissions} submissions…`,
);
const [, generateMs] = await timed(async () => {
  for (const statement of programmeStatements(size)) await execute(database, statement);
});
console.log(`generated in ${(generateMs / 1000).toFixed(1)} s`);
await execute(database, "SELECT refresh_leaderboards()");
const [, refreshMs] = await timed(() => execute(database, "SELECT refresh_leaderboards()"));
console.log(`refresh_leaderboards(): ${refreshMs} ms`);
const [counts] = await queryRows<{ total: number; recent: number }>(
  database,
  "SELECT (SELECT count(*) FROM leaderboard_totals)::int AS total, (SELECT count(*) FROM leaderboard_30d)::int AS recent",
);
await database.close();

const server = await startServer(PORT, env);
try {
  const deepAll = Math.floor(counts!.total / 2);
  const deep30 = Math.floor(counts!.recent / 2);
  const handles = Array.from(
    { length: 500 },
    (_, i) => `/api/profiles/edu-${1 + ((i * 7919) % size.participants)}`,
  );
  const plan = [
    { name: "health", path: "/api/health" },
    { name: "leaderboard all, first page", path: "/api/leaderboard?period=all" },
    { name: "leaderboard 30d, first page", path: "/api/leaderboard?period=30d" },
    {
      name: `leaderboard all, deep (offset ${deepAll})`,
      path: `/api/leaderboard?period=all&offset=${deepAll}`,
    },
    {
      name: `leaderboard 30d, deep (offset ${deep30})`,
      path: `/api/leaderboard?period=30d&offset=${deep30}`,
    },
    { name: "leaderboard search by name", path: "/api/leaderboard?q=amina%20haddad" },
    { name: "leaderboard search by handle", path: "/api/leaderboard?q=edu-4242" },
    { name: "leaderboard cohort filter", path: "/api/leaderboard?cohort=2026-C" },
    { name: "public profile", path: handles[0]!, paths: handles },
    { name: "metrics", path: "/api/metrics" },
  ];
  // Warm up every route once (compilation caches, connection pool).
  for (const step of plan) await fetch(`${server.url}${step.path}`);
  const figures: EndpointFigures[] = [];
  for (const step of plan) {
    const result = await measureEndpoint({
      baseUrl: server.url,
      connections: CONNECTIONS,
      seconds: SECONDS,
      ...step,
    });
    figures.push(result);
    console.log(`  ${result.name}: ${result.requestsPerSecond} req/s, p99 ${result.p99} ms`);
  }
  // Readers during a refresh: hammer the first page while refreshes run back to back.
  const refreshing = (async () => {
    const db = embedded ? null : await openDatabase({ engine: "postgres", url: env.DATABASE_URL! });
    const until = Date.now() + SECONDS * 1000;
    let refreshes = 0;
    while (db && Date.now() < until) {
      await queryRows(db, "SELECT refresh_leaderboards()");
      refreshes++;
    }
    await db?.close();
    return refreshes;
  })();
  const duringRefresh = await measureEndpoint({
    baseUrl: server.url,
    connections: CONNECTIONS,
    seconds: SECONDS,
    name: "leaderboard all, first page, during refreshes",
    path: "/api/leaderboard?period=all",
  });
  const refreshesDuring = await refreshing;
  if (!embedded) figures.push(duringRefresh);

  const health = figures[0]!;
  const rows = figures.map((f) => ({
    endpoint: f.name,
    "req/s": f.requestsPerSecond,
    "p50 ms": f.p50,
    "p99 ms": f.p99,
    "req/s ÷ health": Number((f.requestsPerSecond / health.requestsPerSecond).toFixed(2)),
    "p99 ÷ health": Number((f.p99 / Math.max(1, health.p99)).toFixed(2)),
    errors: f.errors + f.non2xx,
  }));
  console.table(rows);
  // The HTML pages (issue 16), against a fresh /api/health figure of the same run.
  const pageHealth = await measureEndpoint({
    baseUrl: server.url,
    connections: CONNECTIONS,
    seconds: SECONDS,
    ...plan[0]!,
  });
  const pages = await measurePages({
    baseUrl: server.url,
    health: pageHealth,
    connections: CONNECTIONS,
    seconds: SECONDS,
    sessionCookie: await signUpVisitor(server.url),
    deepPage: Math.floor(deepAll / 20),
    handles: handles.map((h) => h.slice("/api/profiles/".length)),
  });
  console.table(pages.rows);
  // One process vs one per core through `npm start` (PostgreSQL only: PGlite is one process).
  const processes = embedded
    ? null
    : await compareProcesses({ port: PORT + 1, env, connections: CONNECTIONS, seconds: SECONDS });
  if (processes) console.table(processes.rows);
  const results = {
    engine: embedded ? "pglite" : "postgres",
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    programme: { ...size, leaderboardRows: counts!.total, leaderboard30dRows: counts!.recent },
    generateSeconds: Number((generateMs / 1000).toFixed(1)),
    refreshLeaderboardsMs: refreshMs,
    refreshesDuringReadLoad: embedded ? 0 : refreshesDuring,
    connections: CONNECTIONS,
    secondsPerEndpoint: SECONDS,
    endpoints: rows,
    pagesHealth: { "req/s": pageHealth.requestsPerSecond, "p99 ms": pageHealth.p99 },
    pages: pages.rows,
    pageWeights: pages.weights,
    processes: processes?.rows ?? null,
  };
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/latest${embedded ? "-embedded" : ""}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${file}`);
} finally {
  await server.stop();
  await cleanup();
}

// The mail outbox (bench/mail.ts), on a database of its own.
await runMailBenchmark(embedded);
