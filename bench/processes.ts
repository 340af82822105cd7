/**
 * `npm run bench:processes`: throughput of /api/health, /api/leaderboard and the
 * /leaderboard page through `npm start` with one process vs one per core, on a fresh
 * PostgreSQL database with a small programme (10,000 participants). `npm run bench` runs the
 * same comparison on its full-size programme. Writes bench/results/processes.json.
 *   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/leaps_bench_processes)
 *   BENCH_SECONDS (default 8), BENCH_PORT (default 3421)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { compareProcesses } from "./lib/compare-processes";
import { freshPostgresDatabase } from "./lib/fresh-postgres-database";
import { programmeStatements } from "./lib/generate-programme";

const url =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/leaps_bench_processes";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3421);
const CONNECTIONS = 50;
const size = { participants: 10_000, ledgerRows: 100_000, submissions: 30_000 };

const { drop } = await freshPostgresDatabase(url);
try {
  const { openDatabase } = await import("../src/server/db/open-database");
  const { queryRows } = await import("../src/server/db/query-rows");
  const database = await openDatabase({ engine: "postgres", url });
  for (const statement of programmeStatements(size)) await queryRows(database, statement);
  await queryRows(database, "SELECT refresh_leaderboards()");
  await database.close();
  const { cores, rows } = await compareProcesses({
    port: PORT,
    env: { DATABASE_URL: url },
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  console.table(rows);
  mkdirSync("bench/results", { recursive: true });
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cores, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
    programme: size,
    connections: CONNECTIONS,
    secondsPerEndpoint: SECONDS,
    endpoints: rows,
  };
  writeFileSync("bench/results/processes.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("wrote bench/results/processes.json");
} finally {
  await drop();
}
